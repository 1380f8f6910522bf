package com.growthhub.masterclasses.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The player frame's address for a YouTube or Vimeo stream, from the address the host pasted. */
final class LiveStreamEmbed {

	private static final Pattern YOUTUBE_ID = Pattern.compile("^[A-Za-z0-9_-]{6,20}$");
	private static final Pattern VIMEO_ID = Pattern.compile("(\\d{5,12})");

	private LiveStreamEmbed() {
	}

	static Optional<String> frame(String kind, String url) {
		return switch (kind) {
			case "youtube" -> youtubeId(url).map(id -> "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1");
			case "vimeo" -> vimeoId(url).map(id -> "https://player.vimeo.com/video/" + id + "?autoplay=1");
			default -> Optional.empty();
		};
	}

	static Optional<String> youtubeId(String url) {
		try {
			URI uri = URI.create(url.strip());
			String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			String path = uri.getPath() == null ? "" : uri.getPath();
			String id = null;
			if (host.endsWith("youtu.be")) {
				id = path.replaceFirst("^/", "");
			}
			else if (host.endsWith("youtube.com") || host.endsWith("youtube-nocookie.com")) {
				if (path.startsWith("/embed/") || path.startsWith("/live/")) {
					id = path.substring(path.indexOf('/', 1) + 1);
				}
				else if (uri.getRawQuery() != null) {
					for (String pair : uri.getRawQuery().split("&")) {
						if (pair.startsWith("v=")) {
							id = pair.substring(2);
						}
					}
				}
			}
			return Optional.ofNullable(id).filter(value -> YOUTUBE_ID.matcher(value).matches());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static Optional<String> vimeoId(String url) {
		if (!url.toLowerCase(Locale.ROOT).contains("vimeo.com")) {
			return Optional.empty();
		}
		Matcher matcher = VIMEO_ID.matcher(url);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}
}
