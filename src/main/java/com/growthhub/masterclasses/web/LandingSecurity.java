package com.growthhub.masterclasses.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The landing pages and the public registration API are open and stateless: a visitor has no account, session or CSRF
 * token (the spam layers and rate limits guard the form), so no session is read or created. Join links carry their
 * token in the address, which must not leak through the Referer header. The pages' policy forbids inline scripts and
 * styles; their behaviour lives under {@code static/js/masterclasses}.
 */
@Configuration(proxyBeanMethods = false)
class LandingSecurity {

	/** The SHA-256 of the {@code <style>} htmx 2 adds for its request indicator. */
	static final String HTMX_INDICATOR_STYLE = "sha256-faU7yAF8NxuMTNEwVmBz+VcYeIoBQ2EMHW3WaVxCvnk=";

	@Bean
	@Order(0)
	SecurityFilterChain masterclassLandingChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/mc/**", "/api/v1/public/masterclasses/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.anonymous(anonymous -> anonymous.disable())
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				// No inline style either, except htmx's own indicator rule (the layout loads htmx), allowed by its hash.
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self' '" + HTMX_INDICATOR_STYLE + "'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
						+ "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'")))
			.build();
	}
}
