package com.growthhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

class PlatformEndpointsIntegrationTests extends IdentityTestSupport {

	@Autowired
	ServerAddress address;

	@Test
	void openApiDescribesTheApiWithBearerSecurity() {
		ApiClient.Response docs = api().get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().path("paths").has("/api/v1/auth/login")).isTrue();
		assertThat(docs.body().path("paths").has("/api/v1/audit-events")).isTrue();
		assertThat(docs.body().path("components").path("securitySchemes").has("bearer")).isTrue();
		assertThat(api().get("/swagger-ui/index.html", null).status()).isEqualTo(200);
	}

	@Test
	void theAddressToldAtStartUpHasThePortReallyListenedOn() {
		assertThat(address.baseUrl()).isEqualTo("http://localhost:" + port);
	}

	@Test
	void healthProbesAndMetricsAnswer() {
		assertThat(api().get("/actuator/health/liveness", null).text("status")).isEqualTo("UP");
		assertThat(api().get("/actuator/health/readiness", null).text("status")).isEqualTo("UP");
		ApiClient.Response metrics = api().get("/actuator/prometheus", null);
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.text("raw")).contains("jvm_memory_used_bytes");
	}

	@Test
	void everyAnswerCarriesARequestId() {
		ApiClient.Response answer = api().exchange("GET", "/actuator/health", null, null,
				java.util.Map.of("X-Request-Id", "trace-me-12345"));
		assertThat(answer.headers().getFirst("X-Request-Id")).isEqualTo("trace-me-12345");
		assertThat(api().get("/actuator/health", null).headers().getFirst("X-Request-Id")).isNotBlank();
	}

	@Test
	void undeliveredEventsAreListedForOperatorsOnThisMachineOnly() {
		java.util.UUID id = java.util.UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
				values (?, 'test.Listener.on(Stuck)', 'com.growthhub.test.Stuck', '{"secret":"tenant data"}', now(), 'FAILED')
				""").param(id).update();
		try {
			ApiClient.Response incomplete = api().get("/actuator/eventpublications", null);
			assertThat(incomplete.status()).isEqualTo(200);
			assertThat(incomplete.body().path("count").asLong()).isPositive();
			assertThat(incomplete.body().path("oldest").toString()).contains(id.toString(), "com.growthhub.test.Stuck",
					"FAILED").doesNotContain("tenant data");

			assertThat(api().exchange("GET", "/actuator/eventpublications", null, null,
					java.util.Map.of("X-Forwarded-For", "203.0.113.7")).status()).as("through a proxy").isEqualTo(404);
		}
		finally {
			jdbc.sql("delete from event_publication where id = ?").param(id).update();
		}
	}
}
