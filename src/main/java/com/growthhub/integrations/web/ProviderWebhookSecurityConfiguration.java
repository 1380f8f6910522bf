package com.growthhub.integrations.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.growthhub.platform.security.StatelessChains;

/**
 * CallTrackingMetrics delivers calls to {@code POST /webhooks/ctm} with no session or token: the chain is public,
 * stateless and without CSRF, because the body's HMAC signature (checked by the controller) is the only proof.
 */
@Configuration(proxyBeanMethods = false)
class ProviderWebhookSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain providerWebhookChain(HttpSecurity http) throws Exception {
		return StatelessChains.postsOnly(http, "/webhooks/ctm")
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.frameOptions(frame -> frame.deny()))
			.build();
	}
}
