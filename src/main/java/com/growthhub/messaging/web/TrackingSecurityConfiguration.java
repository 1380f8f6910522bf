package com.growthhub.messaging.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The open pixel, the click redirect, Mailgun's and the SMS provider's webhooks are reached by mail clients and by
 * providers, which have no session or token: they are public, stateless and without CSRF (their tokens and signatures
 * are the proof).
 */
@Configuration(proxyBeanMethods = false)
class TrackingSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain mailTrackingChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/t/o/*", "/t/c/*", "/webhooks/mailgun", "/webhooks/sms")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			// The pixel opened on its own is shown by the browser's image viewer, which styles itself inline.
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'"))
				.frameOptions(frame -> frame.deny()))
			.build();
	}
}
