package com.growthhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI description passes Spectral with the house ruleset in .spectral.yaml (no errors),
 * and what it says about security is what the API does.
 */
class OpenApiLintTests extends IdentityTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private JsonNode document() {
		ApiClient.Response docs = api().get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		return docs.body();
	}

	@Test
	void apiDescriptionPassesTheLinter() throws Exception {
		Path file = Path.of("target", "openapi.json");
		Files.createDirectories(file.getParent());
		// Indented, so that the linter's line numbers point somewhere readable.
		Files.writeString(file, JSON.writeValueAsString(document()), StandardCharsets.UTF_8);

		SpectralCli.Result lint = SpectralCli.lint(file, Path.of(".spectral.yaml"));

		assertThat(lint.exitCode()).as("spectral lint %s:%n%s", file, lint.output()).isZero();
	}

	@Test
	void theHouseRulesCatchWhatTheyName() throws Exception {
		SpectralCli.Result lint = SpectralCli.lint(Path.of("src/test/resources/openapi/violations.json"),
				Path.of(".spectral.yaml"));

		assertThat(lint.exitCode()).isNotZero();
		assertThat(lint.output()).contains("operation-operationId", "operation-tags", "growthhub-operation-4xx-response",
				"growthhub-enum-lower-snake-case", "growthhub-operation-summary", "growthhub-error-responses-are-problems");
	}

	@Test
	void operationsDeclaredPublicAreTheOnesThatNeedNoToken() {
		List<String> wrong = new ArrayList<>();
		document().path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
			boolean declaredPublic = entry.getValue().has("security") && entry.getValue().path("security").isEmpty();
			String url = path.getKey().replaceAll("\\{name}", "contacts").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
			ApiClient.Response response = api().exchange(method, url,
					method.equals("GET") || method.equals("DELETE") ? null : Map.of(), null, Map.of());
			int status = response.status();
			// A provider's signed webhook may answer 401 too, for its own signature: only a Bearer challenge is ours.
			boolean wantsOurToken = status == 401
					&& String.valueOf(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
			if (declaredPublic == wantsOurToken) {
				wrong.add(method + " " + path.getKey() + " declared " + (declaredPublic ? "public" : "bearer")
						+ " answered " + status + " without a token");
			}
		}));
		assertThat(wrong).isEmpty();
		assertThat(document().path("paths").path("/api/v1/auth/login").path("post").path("security").isEmpty()).isTrue();
	}
}
