package com.growthhub.billing.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public pay button ({@code POST /i/{token}/checkout}) and Stripe's deliveries. The pay button's only effect is a
 * Checkout Session for the invoice whose token is in the URL, so it needs no session or CSRF token (a program may call
 * it too). Stripe delivers events to {@code POST /webhooks/stripe} with no session or token: the chain is public, stateless and
 * without CSRF, because the {@code Stripe-Signature} header (checked by the controller) is the only proof.
 */
@Configuration(proxyBeanMethods = false)
class StripeWebhookSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain stripeWebhookChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/webhooks/stripe", "/i/*/checkout")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/webhooks/stripe", "/i/*/checkout")
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
