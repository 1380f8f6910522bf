package com.growthhub.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

import com.growthhub.identity.CurrentUser;
import com.growthhub.platform.web.Problems;

/**
 * Two filter chains: {@code /api/**} is stateless with bearer tokens and answers problem+json;
 * everything else is the browser app with a session cookie stored in PostgreSQL and CSRF on.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 12 * 60 * 60)
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/login", "/login/**", "/register", "/verify", "/verify/**",
			"/forgot-password", "/reset-password", "/invitations/**", "/mailbox", "/mailbox/**", "/error", "/webjars/**",
			"/css/**", "/js/**", "/img/**", "/favicon.ico", "/actuator/health/**", "/actuator/prometheus",
			"/actuator/eventpublications",
			"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AccessTokens accessTokens, ApiTokens apiTokens,
			AuthSessions sessions) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/v1/auth/change-password", "/api/v1/auth/logout")
				.authenticated()
				.requestMatchers("/api/v1/auth/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.securityContextRepository(
					new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
			.addFilterBefore(new BearerTokenFilter(accessTokens, apiTokens, sessions), BasicAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, ex) -> {
					response.setHeader("WWW-Authenticate", "Bearer");
					Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized",
							"Send a valid access token or API token as 'Authorization: Bearer <token>'."));
				})
				.accessDeniedHandler((request, response, ex) -> Problems.write(response,
						Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this action."))))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain browserChain(HttpSecurity http, AuthSessions sessions,
			SecurityContextRepository securityContextRepository) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
			.securityContext(context -> context.securityContextRepository(securityContextRepository))
			.addFilterAfter(new BrowserSessionFilter(sessions, securityContextRepository), SecurityContextHolderFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
						sessions.revoke(user.sessionId(), "signed out");
					}
				})
				.logoutSuccessUrl("/login?signedOut"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
			.build();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_OWNER > ROLE_ADMIN
				ROLE_ADMIN > ROLE_MANAGER
				ROLE_MANAGER > ROLE_MEMBER
				ROLE_MEMBER > ROLE_CLIENT
				""");
	}

	@Bean
	CookieSerializer cookieSerializer() {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName("GHSESSION");
		serializer.setSameSite("Lax");
		serializer.setUseHttpOnlyCookie(true);
		return serializer;
	}
}
