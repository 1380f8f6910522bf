package com.growthhub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.growthhub.GrowthHubApplication;
import com.growthhub.platform.database.EmbeddedPostgres;
import com.growthhub.platform.database.SharedTestDatabase;

/**
 * A node whose database goes away and comes back (a TCP proxy between them is cut, then restored): readiness turns
 * DOWN and requests answer 503 problem+json within the pool's connection timeout, not after half a minute, and the
 * node recovers by itself, without a restart.
 */
class DatabaseOutageIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static CuttableTcpProxy proxy;
	private static ConfigurableApplicationContext node;
	private static String base;

	@BeforeAll
	static void startNodeBehindAProxy() throws Exception {
		EmbeddedPostgres postgres = SharedTestDatabase.get();
		Matcher url = Pattern.compile("(jdbc:postgresql://[^:/]+:)(\\d+)(/.*)").matcher(postgres.jdbcUrl());
		assertThat(url.matches()).as(postgres.jdbcUrl()).isTrue();
		proxy = new CuttableTcpProxy(Integer.parseInt(url.group(2)));
		node = new SpringApplicationBuilder(GrowthHubApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url.group(1) + proxy.port() + url.group(3),
				"--spring.datasource.username=" + postgres.username(), "--spring.datasource.password=" + postgres.password(),
				"--growthhub.demo-data=false", "--growthhub.identity.ip-limit=100000",
				"--logging.structured.format.console=", "--db-scheduler.polling-interval=500ms");
		base = "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@AfterAll
	static void stopNode() throws Exception {
		if (node != null) {
			node.close();
		}
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void readinessGoesDownRequestsFailFastWith503AndTheNodeRecoversByItself() throws Exception {
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		proxy.cut();
		// Each call below must answer within its 10 s timeout: before, health hung and requests took 30 s.
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
			.until(() -> get("/actuator/health/readiness").statusCode() == 503);
		HttpResponse<String> login = post("/api/v1/auth/login", "{\"email\":\"a@example.com\",\"password\":\"whatever\"}");
		assertThat(login.statusCode()).isEqualTo(503);
		assertThat(login.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(login.headers().firstValue("Retry-After")).isPresent();
		assertThat(login.body()).contains("database");

		proxy.restore();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.until(() -> get("/actuator/health/readiness").statusCode() == 200);
		assertThat(post("/api/v1/auth/login", "{\"email\":\"a@example.com\",\"password\":\"whatever\"}").statusCode())
			.as("an unknown account again, not an outage").isEqualTo(401);
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String path, String json) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
