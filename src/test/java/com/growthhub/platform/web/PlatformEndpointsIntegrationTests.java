package com.growthhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

class PlatformEndpointsIntegrationTests extends IdentityTestSupport {

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
}
