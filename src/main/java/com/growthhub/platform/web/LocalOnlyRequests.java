package com.growthhub.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

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
 * Operator pages that show the whole installation answer only requests made on this machine, and 404 to anyone
 * else, as if they did not exist. A proxy on this machine would make every visitor look local, so forwarded
 * requests never count.
 */
@Configuration(proxyBeanMethods = false)
public class LocalOnlyRequests {

	static final String[] PATHS = { "/actuator/eventpublications", "/actuator/eventpublications/*" };

	private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1");

	/** Host names a browser on this machine uses for it; any other name came from DNS someone else controls. */
	private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

	/**
	 * A loopback peer is not enough: a page on another site can make a browser here send requests to a DNS name
	 * that it rebinds to 127.0.0.1 (DNS rebinding) and read the answers, so the Host must be a loopback name too.
	 */
	public static boolean fromThisMachine(HttpServletRequest request) {
		return LOOPBACK.contains(request.getRemoteAddr()) && LOOPBACK_HOSTS.contains(hostName(request))
				&& request.getHeader("X-Forwarded-For") == null && request.getHeader("Forwarded") == null;
	}

	private static String hostName(HttpServletRequest request) {
		String host = request.getHeader("Host");
		if (host == null) {
			// Only HTTP/1.0 may leave it out, and browsers never do: then the name the request was served under counts.
			host = request.getServerName();
		}
		host = host.strip().toLowerCase(Locale.ROOT);
		if (host.startsWith("[")) {
			int end = host.indexOf(']');
			return end < 0 ? host : host.substring(0, end + 1);
		}
		int colon = host.indexOf(':');
		return colon < 0 ? host : host.substring(0, colon);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> localOnlyRequestsFilter() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (fromThisMachine(request)) {
					chain.doFilter(request, response);
				}
				else {
					response.sendError(HttpServletResponse.SC_NOT_FOUND);
				}
			}
		});
		registration.addUrlPatterns(PATHS);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
