package com.growthhub.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A form's custom CSS, kept inside the form's container: every selector is prefixed with the container's class, and
 * what could reach beyond the form is refused rather than cleaned up, so the author sees why: at-rules ({@code @import},
 * {@code @font-face} …), {@code url(…)} other than a same-origin path, anything that closes the style element, legacy
 * script hooks ({@code expression(}, {@code behavior:}) and selectors that escape ({@code html}, {@code body}, {@code :root}).
 */
public final class ScopedCss {

	public static final String CONTAINER = ".gh-form";

	private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
	private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)", Pattern.CASE_INSENSITIVE);
	private static final Pattern ESCAPING_SELECTOR = Pattern.compile("(^|[\\s>+~,])(html|body|:root)\\b",
			Pattern.CASE_INSENSITIVE);

	private ScopedCss() {
	}

	/** Why the CSS is refused, empty when it is acceptable. */
	public static List<String> problems(@Nullable String css) {
		List<String> problems = new ArrayList<>();
		if (css == null || css.isBlank()) {
			return problems;
		}
		String lower = css.toLowerCase(Locale.ROOT);
		if (lower.contains("</style") || lower.contains("<")) {
			problems.add("must not contain '<'");
		}
		if (lower.contains("@")) {
			problems.add("must not contain at-rules such as @import");
		}
		if (lower.contains("expression(") || lower.contains("behavior") || lower.contains("javascript:")
				|| lower.contains("\\")) {
			problems.add("must not contain expression(), behavior, javascript: or escapes");
		}
		Matcher url = URL.matcher(css);
		while (url.find()) {
			String target = url.group(1).strip();
			if (!target.startsWith("/") || target.startsWith("//")) {
				problems.add("may only use url() with a path on this site, not " + target);
			}
		}
		String rest = RULE.matcher(css.replaceAll("/\\*.*?\\*/", "")).replaceAll("").strip();
		if (!rest.isEmpty()) {
			problems.add("must be plain rules 'selector { property: value; }' without nesting");
		}
		Matcher rule = RULE.matcher(css);
		while (rule.find()) {
			if (ESCAPING_SELECTOR.matcher(rule.group(1).strip()).find()) {
				problems.add("selectors must not name html, body or :root");
				break;
			}
		}
		return problems;
	}

	/** The CSS with every selector under {@code .gh-form}; only for CSS without {@link #problems}. */
	public static String scoped(@Nullable String css) {
		if (css == null || css.isBlank() || !problems(css).isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		Matcher rule = RULE.matcher(css.replaceAll("/\\*.*?\\*/", ""));
		while (rule.find()) {
			List<String> selectors = new ArrayList<>();
			for (String selector : rule.group(1).split(",")) {
				selectors.add(CONTAINER + " " + selector.strip());
			}
			out.append(String.join(", ", selectors)).append(" {").append(rule.group(2).strip()).append("}\n");
		}
		return out.toString();
	}
}
