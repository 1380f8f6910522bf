package com.growthhub.masterclasses.internal.live;

import java.util.regex.Pattern;

/** What a chat message may say: not blank, at most 500 characters, and links only from the host's side. */
final class ChatBody {

	static final int MAX_LENGTH = 500;

	/** An address with a scheme, a www. host or a bare domain with a common top-level domain. */
	private static final Pattern LINK = Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://\\S+|\\bwww\\.\\S+"
			+ "|\\b[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|net|org|io|co|ly|me|info|biz|xyz|app|dev|link|site|shop|online|gg|to|tk|ru|de|uk)(/\\S*)?\\b)");

	private ChatBody() {
	}

	static String check(String body, boolean linksAllowed) {
		String text = body.strip();
		if (text.isEmpty()) {
			throw LiveRefusedException.invalid("Write a message first.");
		}
		if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
			throw LiveRefusedException.invalid("A message has at most " + MAX_LENGTH + " characters.");
		}
		if (!linksAllowed && LINK.matcher(text).find()) {
			throw LiveRefusedException.invalid("Only the host may post links in this chat.");
		}
		return text;
	}
}
