package com.growthhub.masterclasses.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.forms.SpamScreen;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The forms' spam layers on the landing page and the public registration API. Limits and stamps are scoped by the slug
 * (a name-based id), so they apply before any database look-up.
 */
@Component
class LandingSpamScreen {

	/** A person needs longer than this to type a name and an email. */
	static final int MINIMUM_FILL_SECONDS = 2;

	private final SpamScreen screen;

	LandingSpamScreen(SpamScreen screen) {
		this.screen = screen;
	}

	String stamp(String slug) {
		return screen.stamp(scope(slug));
	}

	/** The page's form post: rate limits, honeypot, minimum fill time. Empty when clean. */
	List<String> screenPage(String slug, HttpServletRequest request, @Nullable String honeypot, @Nullable String stamp) {
		return screen.screen(scope(slug), request.getRemoteAddr(), honeypot,
				stamp == null || stamp.isBlank() ? "missing" : stamp, MINIMUM_FILL_SECONDS);
	}

	/** The JSON API: programs carry no stamp, so only the rate limits apply. */
	void screenApi(String slug, HttpServletRequest request) {
		screen.screen(scope(slug), request.getRemoteAddr(), null, null, 0);
	}

	private static UUID scope(String slug) {
		return UUID.nameUUIDFromBytes(("masterclass:" + slug).getBytes(StandardCharsets.UTF_8));
	}
}
