package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BadInputIntegrationTests extends IdentityTestSupport {

	@Test
	void malformedJsonIsABadRequest() {
		ApiClient.Response answer = api().post("/api/v1/auth/login", "{\"email\": ", null);
		assertProblem(answer, 400);
		assertThat(answer.text("detail")).contains("not valid JSON");
	}

	@Test
	void wrongTypesNameTheField() {
		ApiClient.Response answer = api().post("/api/v1/auth/mfa/verify", "{\"challengeId\": 42, \"code\": \"123456\"}", null);
		assertProblem(answer, 400);
		assertThat(answer.text("detail")).contains("challengeId");

		ApiClient.Response list = api().post("/api/v1/auth/login", "{\"email\": [\"a\"], \"password\": \"x\"}", null);
		assertProblem(list, 400);
	}

	@Test
	void missingAndInvalidFieldsAreListed() {
		ApiClient.Response answer = api().post("/api/v1/auth/register", Map.of("email", "not-an-email"), null);
		assertProblem(answer, 400);
		assertThat(answer.body().path("errors").toString()).contains("email", "password", "firstName", "organizationName");
	}

	@Test
	void unknownEnumValuesAndBadIdsAreBadRequests() {
		String owner = uniqueEmail("bad-input");
		registerVerified(owner);
		String access = accessToken(owner);
		assertProblem(api().post("/api/v1/invitations", Map.of("email", uniqueEmail("x"), "role", "superuser"), access), 400);
		assertProblem(api().exchange("DELETE", "/api/v1/invitations/not-a-uuid", null, access, Map.of()), 400);
		assertProblem(api().exchange("GET", "/api/v1/me", null, access, Map.of("X-Organization-Id", "nope")), 400);
		assertProblem(api().get("/api/v1/audit-events?from=yesterday", access), 400);
		assertProblem(api().get("/api/v1/audit-events?cursor=garbage", access), 400);
	}

	@Test
	void missingBodiesAndUnknownPathsGetProblems() {
		assertProblem(api().post("/api/v1/auth/login", null, null), 400);
		assertProblem(api().get("/api/v1/no-such-thing", null), 401);
		String owner = uniqueEmail("paths");
		registerVerified(owner);
		assertProblem(api().get("/api/v1/no-such-thing", accessToken(owner)), 404);
	}

	@Test
	void hugeBodiesAreRefused() {
		String huge = "{\"email\": \"" + "a".repeat(3 * 1024 * 1024) + "\", \"password\": \"x\"}";
		ApiClient.Response answer = api().post("/api/v1/auth/login", huge, null);
		assertProblem(answer, 413);
	}

	private static void assertProblem(ApiClient.Response answer, int status) {
		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.headers().getContentType()).isNotNull();
		assertThat(answer.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(answer.text("title")).isNotBlank();
		assertThat(answer.body().toString()).doesNotContain("Exception", "at com.");
	}
}
