package com.growthhub.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
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
			"/forgot-password", "/reset-password", "/invitations/**", "/onboarding/*", "/onboarding/*/**", "/event-passes/**", "/files/shared/**", "/mailbox", "/mailbox/**",
			// A billed customer opens the invoice link from the email with no account; the token is the credential.
			"/i/*", "/i/*/**",
			"/error", "/webjars/**",
			"/css/**", "/js/**", "/img/**", "/favicon.ico", "/actuator/health/**", "/actuator/prometheus",
			"/actuator/eventpublications",
			"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	/** Onboarding's own pages under {@code /onboarding}; every other {@code /onboarding/<token>} is an invitation link. */
	static final String[] SIGNED_IN_ONBOARDING_PAGES = { "/onboarding", "/onboarding/clients", "/onboarding/clients/**",
			"/onboarding/me", "/onboarding/me/**" };

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AccessTokens accessTokens, ApiTokens apiTokens,
			AuthSessions sessions, ClientAccountAccess clientAccounts) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/v1/auth/change-password", "/api/v1/auth/logout")
				.authenticated()
				.requestMatchers("/api/v1/auth/**")
				.permitAll()
				// Providers' webhook deliveries carry the provider's signature, not a GrowthHub token.
				.requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/integrations/*/webhook")
				.permitAll()
				// The onboarding link's token is the credential of these calls, checked by onboarding.
				.requestMatchers("/api/v1/public/onboarding/**")
				.permitAll()
				.anyRequest()
				.access(new ClientPortal(ClientPortal.API)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.securityContextRepository(
					new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
			.addFilterBefore(new BearerTokenFilter(accessTokens, apiTokens, sessions, clientAccounts), BasicAuthenticationFilter.class)
			.headers(headers -> securityHeaders(headers, API_POLICY))
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
			.authorizeHttpRequests(requests -> requests.requestMatchers(SIGNED_IN_ONBOARDING_PAGES)
				.access(new ClientPortal(ClientPortal.PAGES))
				.requestMatchers(PUBLIC_PAGES)
				.permitAll()
				.anyRequest()
				.access(new ClientPortal(ClientPortal.PAGES)))
			.securityContext(context -> context.securityContextRepository(securityContextRepository))
			.addFilterAfter(new BrowserSessionFilter(sessions, securityContextRepository), SecurityContextHolderFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
				.accessDeniedHandler(SecurityConfiguration::refusedPage))
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
						sessions.revoke(user.sessionId(), "signed out");
					}
				})
				.logoutSuccessUrl("/login?signedOut"))
			.headers(headers -> securityHeaders(headers, PAGE_POLICY))
			.build();
	}

	/** A client's way home is the portal (every sign-in and switch lands on "/"); any other refused page is a 403. */
	private static void refusedPage(jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response,
			org.springframework.security.access.AccessDeniedException refused) throws java.io.IOException {
		if ("GET".equals(request.getMethod()) && "/".equals(request.getServletPath())
				&& org.springframework.security.core.context.SecurityContextHolder.getContext()
					.getAuthentication() instanceof CurrentUserAuthentication authentication
				&& ClientPortal.isClient(authentication.getPrincipal())) {
			response.sendRedirect(request.getContextPath() + "/portal");
			return;
		}
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	/**
	 * Pages run only scripts served from here: no inline script or event-handler attribute anywhere (behaviour lives
	 * in static/js). Inline styles stay allowed because templates and Bootstrap's and htmx's scripts set style
	 * attributes (htmx also injects its indicator rule); a style cannot run code. Fonts may also come as data: URIs
	 * (the event calendar's WebJar embeds its icon font so); a font cannot run code either. Audio may come from any
	 * HTTPS origin: call recordings are served by the call-tracking provider, and a recording cannot run code.
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; media-src 'self' https:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** JSON and CSV answers load nothing and are never framed. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	/** HSTS is sent on secure requests only (Spring Security's default): over plain HTTP it would be ignored anyway. */
	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String policy) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
			.frameOptions(frame -> frame.deny())
			.contentTypeOptions(Customizer.withDefaults())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(365L * 24 * 3600))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}

	/** Powerful browser features off, except the camera on our own pages (the event check-in scans passes). */
	static final String PERMISSIONS_POLICY = "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), midi=(), display-capture=()";

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
