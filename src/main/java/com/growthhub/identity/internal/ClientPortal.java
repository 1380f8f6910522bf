package com.growthhub.identity.internal;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.Role;

/**
 * The client portal: a person whose role in the selected organization is {@code client} reaches only these pages
 * and API paths — their leads and calls (reading them, rating a call), journeys, reviews, tasks, onboarding, and their
 * own account — whatever other modules add later. Checked by the security filter chains for every request, so hiding
 * a link is never what protects a page. Everybody else is only required to be signed in, as before.
 */
final class ClientPortal implements AuthorizationManager<RequestAuthorizationContext> {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	static final List<RequestMatcher> PAGES = List.of(get("/portal"), get("/contacts"), get("/contacts/**"),
			get("/calls"), get("/calls/**"), post("/calls/*/rating"), get("/journeys"), get("/journeys/**"),
			any("/reviews"), any("/reviews/**"), any("/tasks"), any("/tasks/**"), any("/boards/**"), any("/items/**"),
			any("/onboarding"), any("/onboarding/**"), post("/organizations/switch"), any("/settings/profile"),
			any("/settings/security"), any("/settings/security/**"), any("/settings/authenticator"),
			any("/settings/authenticator/**"), any("/notifications"), any("/notifications/**"), any("/logout"));

	static final List<RequestMatcher> API = List.of(any("/api/v1/me"), any("/api/v1/me/**"), any("/api/v1/sessions"),
			any("/api/v1/sessions/**"), get("/api/v1/organizations"), get("/api/v1/organization"),
			get("/api/v1/contacts"), get("/api/v1/contacts/**"), get("/api/v1/calls"), get("/api/v1/calls/**"),
			PATHS.matcher(HttpMethod.PATCH, "/api/v1/calls/*"), get("/api/v1/journeys"), get("/api/v1/journeys/**"),
			any("/api/v1/reviews"), any("/api/v1/reviews/**"), any("/api/v1/workspaces/**"), any("/api/v1/boards/**"),
			any("/api/v1/items/**"), any("/api/v1/onboarding/**"), any("/api/v1/notifications"),
			any("/api/v1/notifications/**"));

	private final List<RequestMatcher> open;

	ClientPortal(List<RequestMatcher> open) {
		this.open = open;
	}

	@Override
	public @Nullable AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication current = authentication.get();
		if (current == null || !current.isAuthenticated() || !(current.getPrincipal() instanceof CurrentUser user)) {
			return new AuthorizationDecision(false);
		}
		return new AuthorizationDecision(!isClient(user) || open.stream().anyMatch(m -> m.matches(context.getRequest())));
	}

	static boolean isClient(CurrentUser user) {
		return user.role() == Role.CLIENT;
	}

	private static RequestMatcher get(String pattern) {
		return PATHS.matcher(HttpMethod.GET, pattern);
	}

	private static RequestMatcher post(String pattern) {
		return PATHS.matcher(HttpMethod.POST, pattern);
	}

	private static RequestMatcher any(String pattern) {
		return PATHS.matcher(pattern);
	}
}
