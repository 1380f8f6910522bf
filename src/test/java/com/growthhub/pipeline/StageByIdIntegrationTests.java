package com.growthhub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/** A stage answers GET on its own URL, like everything that answers PATCH and DELETE there. */
class StageByIdIntegrationTests extends IdentityTestSupport {

	@Test
	void aStageAnswersByIdInItsOwnOrganizationOnly() {
		String owner = uniqueEmail("stages");
		registerVerified(owner);
		String token = accessToken(owner);
		JsonNode sales = api().get("/api/v1/pipelines", token).body().path("items").get(0);
		String stage = sales.path("stages").get(0).path("id").asString();
		String path = "/api/v1/pipelines/" + sales.path("id").asString() + "/stages/" + stage;

		ApiClient.Response own = api().get(path, token);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.text("id")).isEqualTo(stage);
		assertThat(api().get("/api/v1/pipelines/" + sales.path("id").asString() + "/stages/" + UUID.randomUUID(), token)
			.status()).isEqualTo(404);

		String stranger = uniqueEmail("stranger");
		registerVerified(stranger);
		ApiClient.Response other = api().get(path, accessToken(stranger));
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.headers().getContentType()).hasToString("application/problem+json");
	}
}
