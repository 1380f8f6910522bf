package com.growthhub.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * The start of a security chain for addresses whose credential is not a session: public pages and their APIs, links
 * whose signed token is the credential, and providers' signed webhooks. No session is read or created, no CSRF token
 * is asked (a visitor or a provider has none, and no cookie authorizes anything here) and no request is saved for
 * after a sign-in. Each module adds its own headers and builds the chain.
 */
public final class StatelessChains {

	private StatelessChains() {
	}

	/** Anyone may call the paths; nobody is ever signed in on them, so there is no security context either. */
	public static HttpSecurity openToAnyone(HttpSecurity http, String... paths) throws Exception {
		return stateless(http.securityMatcher(paths)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()))
			.securityContext(context -> context.disable())
			.anonymous(anonymous -> anonymous.disable());
	}

	/** Only POSTs to the paths are let through (each verified by its own signature); any other method is refused. */
	public static HttpSecurity postsOnly(HttpSecurity http, String... paths) throws Exception {
		return stateless(http.securityMatcher(paths)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, paths)
				.permitAll()
				.anyRequest()
				.denyAll()));
	}

	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
	}
}
