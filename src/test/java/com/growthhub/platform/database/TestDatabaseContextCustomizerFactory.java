package com.growthhub.platform.database;

import java.util.List;
import java.util.Map;

import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Points every test application context at the shared test database (registered in spring.factories). */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	private record Customizer() implements ContextCustomizer {

		@Override
		public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
				MergedContextConfiguration mergedConfig) {
			EmbeddedPostgres postgres = SharedTestDatabase.get();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("testDatabase",
						Map.of("spring.datasource.url", postgres.jdbcUrl(), "spring.datasource.username",
								postgres.username(), "spring.datasource.password", postgres.password(),
								"growthhub.demo-data", "false", "logging.structured.format.console", "",
								"db-scheduler.polling-interval", "500ms", "db-scheduler.heartbeat-interval", "1s",
								"db-scheduler.missed-heartbeats-limit", "4",
								// Small enough that a test can send a file over the media library's limit.
								"growthhub.media.max-file-size", "3MB")));
			// Defaults that a test class may still override with @TestPropertySource.
			context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource("testDefaults", Map.of("growthhub.identity.ip-limit", "100000",
						// Imports of two or more new contacts take the two-session path that large imports take.
						"growthhub.contacts.import-second-writer-from", "2",
						// Webhook receivers in tests are WireMock on loopback; retries come quickly and a
						// subscription is disabled after a few failures.
						"growthhub.integrations.webhooks.allow-private-targets", "true",
						"growthhub.integrations.webhooks.first-retry", "100ms",
						"growthhub.integrations.webhooks.longest-retry", "500ms",
						"growthhub.integrations.webhooks.disable-after-failures", "4",
						"growthhub.integrations.webhooks.failing-for", "0s",
						"growthhub.integrations.webhooks.poll-interval", "500ms")));
		}
	}
}
