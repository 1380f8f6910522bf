package com.growthhub.masterclasses.internal.live;

import java.net.URI;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A notification to send now ({@code sendNow}) or at a media time, checked before anything is stored. */
public record NotificationRequest(@Nullable String kind, @Nullable String text, @Nullable String url,
		@Nullable Integer mediaTimeSeconds, @Nullable Boolean sendNow) {

	static final Set<String> KINDS = Set.of("offer", "poll", "link", "book_call");

	NotificationRequest checked() {
		if (kind == null || !KINDS.contains(kind)) {
			throw LiveRefusedException.invalid("kind is one of offer, poll, link, book_call.");
		}
		String body = text == null ? "" : text.strip();
		if (body.isEmpty() || body.length() > 500) {
			throw LiveRefusedException.invalid("text has 1 to 500 characters.");
		}
		boolean now = Boolean.TRUE.equals(sendNow);
		if (now == (mediaTimeSeconds != null)) {
			throw LiveRefusedException.invalid("Give either sendNow: true or mediaTimeSeconds, not both.");
		}
		if (mediaTimeSeconds != null && (mediaTimeSeconds < 0 || mediaTimeSeconds > 24 * 3600)) {
			throw LiveRefusedException.invalid("mediaTimeSeconds is between 0 and 86400.");
		}
		String link = url == null || url.isBlank() ? null : url.strip();
		if (link != null && !web(link)) {
			throw LiveRefusedException.invalid("url is an http or https address of at most 2000 characters.");
		}
		if ("link".equals(kind) && link == null) {
			throw LiveRefusedException.invalid("A link needs its url.");
		}
		return new NotificationRequest(kind, body, link, mediaTimeSeconds, now);
	}

	private static boolean web(String link) {
		try {
			URI uri = new URI(link);
			return link.length() <= 2000 && uri.getHost() != null
					&& ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}
}
