package com.growthhub.messaging.internal.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

class TemplateTextTests {

	@Test
	void insertsEscapedValues() {
		assertThat(TemplateText.parse("<p>Hi {{ name }}</p>").render(Map.of("name", "<b>Ada</b> & co"),
				HtmlUtils::htmlEscape)).isEqualTo("<p>Hi &lt;b&gt;Ada&lt;/b&gt; &amp; co</p>");
	}

	@Test
	void keepsSectionsWhoseValueIsPresentAndDropsInvertedOnes() {
		TemplateText text = TemplateText.parse("{{#body}}[{{body}}]{{/body}}{{^body}}(none){{/body}}");

		assertThat(text.render(Map.of("body", "x"), s -> s)).isEqualTo("[x]");
		assertThat(text.render(Map.of("body", ""), s -> s)).isEqualTo("(none)");
		assertThat(text.render(Map.of(), s -> s)).isEqualTo("(none)");
	}

	@Test
	void comparesInSectionsAndNests() {
		TemplateText text = TemplateText
			.parse("{{#kind=cancel}}cancelled{{/kind=cancel}}{{^kind=cancel}}on {{#place}}at {{place}}{{/place}}{{/kind=cancel}}");

		assertThat(text.render(Map.of("kind", "cancel", "place", "Hall A"), s -> s)).isEqualTo("cancelled");
		assertThat(text.render(Map.of("kind", "invite", "place", "Hall A"), s -> s)).isEqualTo("on at Hall A");
		assertThat(text.names()).containsExactly("kind", "place");
	}

	@Test
	void refusesUnbalancedSections() {
		assertThatThrownBy(() -> TemplateText.parse("{{#a}}x")).isInstanceOf(InvalidEmailTemplateException.class)
			.hasMessageContaining("{{#a}} is never closed");
		assertThatThrownBy(() -> TemplateText.parse("x{{/a}}")).isInstanceOf(InvalidEmailTemplateException.class)
			.hasMessageContaining("{{/a}} closes no open");
	}

	@Test
	void leavesAnythingThatIsNotATagAlone() {
		assertThat(TemplateText.parse("a { b } {{ 1 }} {{}}").render(Map.of(), s -> s)).isEqualTo("a { b } {{ 1 }} {{}}");
	}

	@Test
	void sanitizingRemovesScriptsHandlersAndJavascriptLinksButKeepsStylesAndMarkers() {
		String clean = MailHtmlPolicy.sanitize("""
				<p style="color:#4f46e5" onclick="steal()">Hi<script>alert(1)</script></p>
				<a data-link href="javascript:alert(1)">x</a><a data-link href="https://example.com/a?b=1">ok</a>
				<img src="https://example.com/qr.png" onerror="x()"><iframe src="https://evil"></iframe>
				<p data-code>123456</p>""");

		assertThat(clean).doesNotContain("script", "onclick", "javascript", "onerror", "iframe")
			.contains("style=\"color:#4f46e5\"", "href=\"https://example.com/a?b&#61;1\"", "data-code")
			.containsPattern("data-link[^>]*href=\"https://example.com");
	}
}
