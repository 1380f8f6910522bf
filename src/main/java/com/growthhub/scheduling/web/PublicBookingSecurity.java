package com.growthhub.scheduling.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public booking page and its API are open and stateless: a visitor has no account, session or CSRF token (the
 * booking is checked against free slots and the database's exclusion constraint instead). The page's own CSP forbids
 * inline scripts; its behaviour lives in {@code static/js/scheduling/booking.js}.
 */
@Configuration(proxyBeanMethods = false)
class PublicBookingSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain publicBookingChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/book/**", "/api/v1/public/booking/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.anonymous(anonymous -> anonymous.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
							+ "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")))
			.build();
	}
}
