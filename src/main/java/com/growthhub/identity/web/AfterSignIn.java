package com.growthhub.identity.web;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Where to go once signed in: an invitation waiting to be accepted, the page that asked for a
 * sign-in, or the dashboard. Only our own paths are kept, so the login page cannot be turned
 * into an open redirect.
 */
final class AfterSignIn {

	private static final String ATTRIBUTE = AfterSignIn.class.getName();
	private static final HttpSessionRequestCache REQUEST_CACHE = new HttpSessionRequestCache();

	private AfterSignIn() {
	}

	static void remember(HttpServletRequest request, String path) {
		if (path.startsWith("/") && !path.startsWith("//")) {
			request.getSession(true).setAttribute(ATTRIBUTE, path);
		}
	}

	static String take(HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof String path) {
			session.removeAttribute(ATTRIBUTE);
			return path;
		}
		SavedRequest saved = REQUEST_CACHE.getRequest(request, response);
		if (saved != null && "GET".equals(saved.getMethod())) {
			REQUEST_CACHE.removeRequest(request, response);
			java.net.URI uri = java.net.URI.create(saved.getRedirectUrl());
			return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}
		return "/";
	}
}
