package com.growthhub.integrations.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * CallTrackingMetrics delivers calls to {@code POST /webhooks/ctm} with no session or token: the chain is public,
 * stateless and without CSRF, because the body's HMAC signature (checked by the controller) is the only proof.
 */
@Configuration(proxyBeanMethods = false)
class ProviderWebhookSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain providerWebhookChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/webhooks/ctm")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/webhooks/ctm")
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.frameOptions(frame -> frame.deny()))
			.build();
	}
}
