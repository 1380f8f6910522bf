package com.growthhub.forms.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.growthhub.forms.internal.LiveForms;
import com.growthhub.platform.security.StatelessChains;

/**
 * {@code /f/**} is public and stateless: no session is read or created, no CSRF token is asked (a visitor of another
 * site has none; the proof of work, rate limits and idempotency keys guard it instead). Framing and the content
 * security policy are set per form by the page controller, since frame-ancestors must list the form's own domains.
 */
@Configuration(proxyBeanMethods = false)
class PublicFormSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain publicFormChain(HttpSecurity http) throws Exception {
		return StatelessChains.openToAnyone(http, "/f/**")
			.headers(headers -> headers.frameOptions(frame -> frame.disable())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.build();
	}

	@Bean
	FilterRegistrationBean<PublicFormCors> publicFormCors(LiveForms live) {
		FilterRegistrationBean<PublicFormCors> registration = new FilterRegistrationBean<>(new PublicFormCors(live));
		registration.addUrlPatterns("/f/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}
}
