package com.growthhub.identity.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.growthhub.identity.CurrentUser;
import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.platform.web.Problems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates API calls by {@code Authorization: Bearer} with either an access token (JWT) or a
 * personal API token, checks that the session is alive, selects the organization (token claim or
 * {@code X-Organization-Id}) and opens the tenant scope for the rest of the request.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String ORGANIZATION_HEADER = "X-Organization-Id";

	private final AccessTokens accessTokens;
	private final ApiTokens apiTokens;
	private final AuthSessions sessions;
	private final ClientAccountAccess clientAccounts;

	BearerTokenFilter(AccessTokens accessTokens, ApiTokens apiTokens, AuthSessions sessions,
			ClientAccountAccess clientAccounts) {
		this.clientAccounts = clientAccounts;
		this.accessTokens = accessTokens;
		this.apiTokens = apiTokens;
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String token = header.substring(7).strip();
		UUID requestedOrganization;
		try {
			String requested = request.getHeader(ORGANIZATION_HEADER);
			requestedOrganization = requested == null || requested.isBlank() ? null : UUID.fromString(requested.strip());
		}
		catch (IllegalArgumentException ex) {
			Problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, "Invalid header",
					ORGANIZATION_HEADER + " must be an organization id (a UUID)."));
			return;
		}
		Optional<CurrentUser> user = token.startsWith(ApiTokens.PREFIX)
				? apiTokens.authenticate(token).map(tokenUser -> inClientAccount(tokenUser, requestedOrganization))
				: fromAccessToken(token, requestedOrganization);
		if (user.isEmpty()) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized",
					"The access token is invalid, expired or revoked."));
			return;
		}
		if (requestedOrganization != null && !requestedOrganization.equals(user.get().organizationId())) {
			Problems.write(response, Problems.of(HttpStatus.NOT_FOUND, "Not found", "Organization was not found."));
			return;
		}
		CurrentUser current = user.get();
		SecurityContextHolder.getContext().setAuthentication(new CurrentUserAuthentication(current));
		if (current.organizationId() != null) {
			MDC.put("organizationId", current.organizationId().toString());
		}
		try (var ignored = TenantContext.open(SignedInScope.of(current))) {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * An agency's API token acts in one of the agency's client accounts when asked to, with the role its owner has
	 * there; any other organization stays refused (404 below).
	 */
	private CurrentUser inClientAccount(CurrentUser tokenUser, @Nullable UUID requestedOrganization) {
		if (requestedOrganization == null || requestedOrganization.equals(tokenUser.organizationId())
				|| tokenUser.organizationId() == null) {
			return tokenUser;
		}
		return clientAccounts.roleThroughAgency(tokenUser.userId(), requestedOrganization, tokenUser.organizationId())
			.map(role -> tokenUser.inOrganization(requestedOrganization, role))
			.orElse(tokenUser);
	}

	private Optional<CurrentUser> fromAccessToken(String token, @Nullable UUID requestedOrganization) {
		AccessTokens.Claims claims = accessTokens.verify(token);
		if (claims == null) {
			return Optional.empty();
		}
		UUID organization = requestedOrganization != null ? requestedOrganization : claims.organizationId();
		AuthSessions.SessionState state = TenantContext.call(SignedInScope.of(claims.userId(), organization),
				() -> sessions.state(claims.sessionId(), organization));
		if (!state.active()) {
			return Optional.empty();
		}
		UUID selected = state.role() == null ? null : organization;
		return Optional.of(new CurrentUser(claims.userId(), state.email(), state.firstName(), state.lastName(), selected,
				state.role(), claims.sessionId()));
	}
}
