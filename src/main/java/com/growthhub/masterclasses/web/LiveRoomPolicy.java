package com.growthhub.masterclasses.web;

import java.net.URI;
import java.util.Locale;

import com.growthhub.masterclasses.internal.live.LiveRoom;

/**
 * The room's Content-Security-Policy: the app's strict page policy (scripts and styles from here only, no inline
 * script) plus exactly what the class's stream needs: an HLS stream's host for hls.js's requests and the media
 * element, or the YouTube or Vimeo player in a frame. No other page allows frames.
 */
final class LiveRoomPolicy {

	private static final String YOUTUBE = "https://www.youtube-nocookie.com https://www.youtube.com";
	private static final String VIMEO = "https://player.vimeo.com";

	private LiveRoomPolicy() {
	}

	static String of(LiveRoom room) {
		return of(room, "'self'");
	}

	/** The staff replay lives in the app's layout, whose scripts set inline styles as the app's page policy allows. */
	static String forStaff(LiveRoom room) {
		return of(room, "'self' 'unsafe-inline'");
	}

	private static String of(LiveRoom room, String styles) {
		String origin = origin(room.streamUrl());
		String frames = switch (room.streamKind()) {
			case "youtube" -> YOUTUBE;
			case "vimeo" -> VIMEO;
			default -> "'none'";
		};
		String media = "hls".equals(room.streamKind()) || "url".equals(room.streamKind()) ? " " + origin : "";
		return "default-src 'self'; script-src 'self'; style-src " + styles + "; img-src 'self' data:; font-src 'self' data:; "
				+ "connect-src 'self'" + media + "; media-src 'self' blob:" + media + "; worker-src 'self' blob:; "
				+ "frame-src " + frames + "; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";
	}

	/** scheme://host[:port] of an http(s) address, or 'self' for anything else (nothing outside is then allowed). */
	static String origin(String url) {
		try {
			URI uri = URI.create(url.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
				return "'self'";
			}
			return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
		}
		catch (IllegalArgumentException ex) {
			return "'self'";
		}
	}
}
