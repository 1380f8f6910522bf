package com.growthhub.billing.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.growthhub.platform.security.StatelessChains;

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
		return StatelessChains.postsOnly(http, "/webhooks/stripe", "/i/*/checkout")
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.frameOptions(frame -> frame.deny()))
			.build();
	}
}
