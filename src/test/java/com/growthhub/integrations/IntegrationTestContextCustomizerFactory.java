package com.growthhub.integrations;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Every test context shares one database and so one job queue: a sync run one context queued may be run by another
 * context's job system. So every context gets the same HubSpot: the in-memory one ({@link FakeHubSpot}) for its
 * tokens, and the real connector pointed at one WireMock HubSpot for the JVM ({@link SharedHubSpotStub}) for the rest;
 * likewise one WireMock CallTrackingMetrics ({@link SharedCtmStub}), Monday.com ({@link SharedMondayStub}) and Google
 * Business Profile ({@link SharedGoogleBusinessStub}), where each test uses accounts of its own.
 */
class IntegrationTestContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
		return new Customizer();
	}

	private record Customizer() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			String hubspot = SharedHubSpotStub.get().baseUrl();
			String google = SharedGoogleBusinessStub.get().baseUrl();
			context.getEnvironment().getPropertySources().addLast(new MapPropertySource("integrationTestDefaults",
					Map.ofEntries(Map.entry("growthhub.integrations.hubspot.base-url", hubspot),
							Map.entry("growthhub.integrations.hubspot.authorize-url", hubspot + "/oauth/authorize"),
							Map.entry("growthhub.integrations.ctm.base-url", SharedCtmStub.get().baseUrl()),
							Map.entry("growthhub.integrations.monday.base-url", SharedMondayStub.get().baseUrl() + "/v2"),
							Map.entry("growthhub.integrations.monday.signing-secret", SharedMondayStub.SIGNING_SECRET),
							Map.entry("growthhub.integrations.google-business.base-url", google),
							Map.entry("growthhub.integrations.google-business.accounts-url", google),
							Map.entry("growthhub.integrations.google-business.authorize-url", google + "/o/oauth2/v2/auth"),
							Map.entry("growthhub.integrations.google-business.token-url", google),
							Map.entry("growthhub.integrations.google-business.client-id", "growthhub-test-business"),
							Map.entry("growthhub.integrations.google-business.client-secret", "test-business-secret"))));
			if (context instanceof BeanDefinitionRegistry registry) {
				registry.registerBeanDefinition("fakeHubSpotConnector", new RootBeanDefinition(FakeHubSpot.Delegating.class));
			}
		}
	}
}
