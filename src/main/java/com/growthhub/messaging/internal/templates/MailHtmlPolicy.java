package com.growthhub.messaging.internal.templates;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What HTML an email may carry once an organization can edit it: text formatting, tables for layout, inline
 * styles (a safe subset of CSS), links to web and mail addresses and images from the web. No scripts, forms,
 * frames, event handlers or {@code javascript:} URLs. {@code data-link} and {@code data-code} mark the main link
 * and one-time code, which the local mailbox offers as buttons.
 */
final class MailHtmlPolicy {

	static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "div", "span", "br", "hr", "strong", "b", "em", "i", "u", "s", "small", "h1", "h2", "h3",
				"h4", "ul", "ol", "li", "blockquote", "pre", "code", "table", "thead", "tbody", "tfoot", "tr", "td",
				"th", "a", "img", "center")
		.allowStyling()
		.allowAttributes("href").onElements("a")
		.allowAttributes("src", "alt", "width", "height").onElements("img")
		.allowAttributes("role", "width", "align", "cellpadding", "cellspacing", "border").onElements("table")
		.allowAttributes("colspan", "rowspan", "align", "valign", "width").onElements("td", "th")
		.allowAttributes("data-link").onElements("a")
		.allowAttributes("data-code").onElements("p", "span", "div", "strong")
		.allowAttributes("title").globally()
		.allowUrlProtocols("https", "http", "mailto")
		.toFactory();

	private MailHtmlPolicy() {
	}

	static String sanitize(String html) {
		return POLICY.sanitize(html);
	}
}
