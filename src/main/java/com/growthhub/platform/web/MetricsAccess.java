package com.growthhub.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /actuator/prometheus} tells a stranger how busy the installation is and what it runs: with
 * {@code GROWTHHUB_METRICS_TOKEN} set it answers a scraper that presents {@code Authorization: Bearer <token>};
 * without one, only requests made on this machine (as the operator pages). Everyone else gets 404. A separate
 * management port ({@code management.server.port}) is the other way to keep it off the public port.
 */
@Configuration(proxyBeanMethods = false)
class MetricsAccess {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> metricsAccessFilter(@Value("${growthhub.metrics.token:}") String token) {
		byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String presented = request.getHeader("Authorization");
				boolean allowed = token.isBlank() ? LocalOnlyRequests.fromThisMachine(request)
						: presented != null
								&& MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
				if (allowed) {
					chain.doFilter(request, response);
				}
				else {
					response.sendError(HttpServletResponse.SC_NOT_FOUND);
				}
			}
		});
		registration.addUrlPatterns("/actuator/prometheus");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
