package com.growthhub.identity.internal;

import java.io.IOException;
import java.util.UUID;

import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import com.growthhub.identity.CurrentUser;
import com.growthhub.platform.tenancy.TenantContext;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * For a browser request with a signed-in session: ends it if the sign-in was revoked (signed out
 * elsewhere, password changed), refreshes the role from the membership so changes apply at once,
 * and opens the tenant scope of the selected organization.
 */
class BrowserSessionFilter extends OncePerRequestFilter {

	private final AuthSessions sessions;
	private final SecurityContextRepository contexts;

	BrowserSessionFilter(AuthSessions sessions, SecurityContextRepository contexts) {
		this.sessions = sessions;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext context = SecurityContextHolder.getContext();
		if (!(context.getAuthentication() instanceof CurrentUserAuthentication authentication)) {
			chain.doFilter(request, response);
			return;
		}
		CurrentUser user = authentication.getPrincipal();
		UUID organization = user.organizationId();
		AuthSessions.SessionState state = TenantContext.call(SignedInScope.of(user.userId(), organization),
				() -> sessions.state(user.sessionId(), organization));
		if (!state.active()) {
			SecurityContextHolder.clearContext();
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			chain.doFilter(request, response);
			return;
		}
		CurrentUser fresh = new CurrentUser(user.userId(), state.email(), state.firstName(), state.lastName(),
				state.role() == null ? null : organization, state.role(), user.sessionId());
		if (!fresh.equals(user)) {
			SecurityContext updated = SecurityContextHolder.createEmptyContext();
			updated.setAuthentication(new CurrentUserAuthentication(fresh));
			SecurityContextHolder.setContext(updated);
			contexts.saveContext(updated, request, response);
		}
		if (fresh.organizationId() != null) {
			MDC.put("organizationId", fresh.organizationId().toString());
		}
		sessions.touch(user.sessionId());
		try (var ignored = TenantContext.open(SignedInScope.of(fresh))) {
			chain.doFilter(request, response);
		}
	}
}
