package com.growthhub.messaging.internal.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Puts GrowthHub's own tracking into an email sent without Mailgun: every web link goes through {@code /t/c/{token}}
 * and a 1×1 image from {@code /t/o/{token}} counts opens. Works on sanitized HTML, whose {@code href}s are always
 * double-quoted. The original links are returned in order: the click endpoint resolves a token to one of them.
 */
public final class TrackedHtml {

	private static final Pattern LINK = Pattern.compile("(<a\\b[^>]*?\\bhref=\")(https?://[^\"]+)(\")",
			Pattern.CASE_INSENSITIVE);

	public record Result(String html, List<String> links) {
	}

	private TrackedHtml() {
	}

	public static Result of(String html, UUID messageId, String baseUrl, TrackingTokens tokens) {
		List<String> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(html);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			links.add(HtmlUtils.htmlUnescape(matcher.group(2)));
			String tracked = baseUrl + "/t/c/" + tokens.click(messageId, links.size() - 1);
			matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + tracked + matcher.group(3)));
		}
		matcher.appendTail(out);
		String pixel = "<img src=\"" + baseUrl + "/t/o/" + tokens.open(messageId)
				+ "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\">";
		int body = out.lastIndexOf("</body>");
		if (body >= 0) {
			out.insert(body, pixel);
		}
		else {
			out.append(pixel);
		}
		return new Result(out.toString(), List.copyOf(links));
	}
}
