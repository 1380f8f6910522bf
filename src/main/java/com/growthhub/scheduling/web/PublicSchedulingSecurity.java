package com.growthhub.scheduling.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.growthhub.platform.security.StatelessChains;

/**
 * The public booking page, the links in appointment emails and their APIs are open and stateless: a visitor has no
 * account, session or CSRF token (a booking is checked against free slots and the database's exclusion constraint; a
 * link's signed token in the address is its credential), so no session is read or created and no cookie authorizes
 * anything here. A link's token must not leak to other sites through the Referer header. The pages' policy forbids
 * inline scripts; their behaviour lives under {@code static/js/scheduling}.
 */
@Configuration(proxyBeanMethods = false)
class PublicSchedulingSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain publicSchedulingChain(HttpSecurity http) throws Exception {
		return StatelessChains.openToAnyone(http, "/book/**", "/api/v1/public/booking/**", "/appointments/manage/**",
				"/api/v1/public/appointments/**")
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				// The app's page policy: no inline script; inline styles for htmx's indicator.
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
						+ "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'")))
			.build();
	}
}
