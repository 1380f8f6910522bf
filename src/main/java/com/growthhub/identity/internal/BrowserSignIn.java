package com.growthhub.identity.internal;

import java.util.UUID;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

import com.growthhub.identity.CurrentUser;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns a completed sign-in into a browser session: a sign-in row, a fresh session id (against
 * fixation), the security context stored in the JDBC-backed HTTP session, and the device cookie.
 */
@Service
public class BrowserSignIn {

	public static final String DEVICE_COOKIE = "gh_device";
	static final int DEVICE_COOKIE_DAYS = 365;

	private final SignIn signIn;
	private final AuthSessions sessions;
	private final SecurityContextRepository contexts;
	private final TenantTransactions transactions;

	BrowserSignIn(SignIn signIn, AuthSessions sessions, SecurityContextRepository contexts,
			TenantTransactions transactions) {
		this.signIn = signIn;
		this.sessions = sessions;
		this.contexts = contexts;
		this.transactions = transactions;
	}

	public CurrentUser start(SignIn.Outcome.SignedIn signedIn, HttpServletRequest request, HttpServletResponse response) {
		UserAccount user = signedIn.user();
		UUID organization = signIn.defaultOrganization(user.id());
		ClientInfo client = new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"), null);
		CurrentUser current = transactions.call(SignedInScope.of(user.id(), organization), () -> {
			UUID session = sessions.start(user.id(), organization, AuthSessions.Channel.BROWSER, client);
			return signIn.currentUser(user, organization, sessions.state(session, organization).role(), session);
		});
		request.getSession(true);
		request.changeSessionId();
		store(current, request, response);
		if (signedIn.deviceToken() != null) {
			Cookie cookie = new Cookie(DEVICE_COOKIE, signedIn.deviceToken());
			cookie.setHttpOnly(true);
			cookie.setSecure(request.isSecure());
			cookie.setPath("/");
			cookie.setMaxAge(DEVICE_COOKIE_DAYS * 24 * 3600);
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
		return current;
	}

	/** Selects another of the user's organizations for this browser session; 404 if not a member. */
	public CurrentUser switchOrganization(CurrentUser user, UUID organization, HttpServletRequest request,
			HttpServletResponse response) {
		AuthSessions.SessionState state = transactions.call(SignedInScope.of(user.userId(), organization),
				() -> sessions.state(user.sessionId(), organization));
		if (state.role() == null) {
			throw NotFoundException.of("Organization");
		}
		CurrentUser switched = user.inOrganization(organization, state.role());
		store(switched, request, response);
		return switched;
	}

	private void store(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CurrentUserAuthentication(user));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
