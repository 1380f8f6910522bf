package com.growthhub.masterclasses.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The replay's transcript is read with the registrant's join token in the path, the only credential: open and
 * stateless (no session, cookie or CSRF token), the token kept from other sites' Referer. Narrower than, and ordered
 * before, the live room's own public chain, so it stands whether or not that chain is present.
 */
@Configuration(proxyBeanMethods = false)
class TranscriptPublicSecurity {

	@Bean
	@Order(-1)
	SecurityFilterChain publicTranscriptChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/v1/public/live/*/transcript")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.anonymous(anonymous -> anonymous.disable())
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.build();
	}
}
