package com.growthhub.masterclasses.internal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatBodyTests {

	@ParameterizedTest
	@ValueSource(strings = { "see https://spam.example", "go to www.cheap-pills.net", "visit pills.com now",
			"ftp://files.example/x", "mysite.io/offer" })
	void refusesLinksFromRegistrants(String body) {
		assertThatThrownBy(() -> ChatBody.check(body, false)).isInstanceOf(LiveRefusedException.class)
			.hasMessageContaining("links");
		assertThat(ChatBody.check(body, true)).isEqualTo(body);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hello from Berlin!", "What is the price?", "It costs 3.50 each", "e.g. this one", "v2.0 rocks" })
	void takesOrdinaryMessages(String body) {
		assertThat(ChatBody.check("  " + body + " ", false)).isEqualTo(body);
	}

	@Test
	void refusesBlankAndTooLongMessages() {
		assertThatThrownBy(() -> ChatBody.check("   ", false)).isInstanceOf(LiveRefusedException.class);
		assertThat(ChatBody.check("é".repeat(500), false)).hasSize(500);
		assertThatThrownBy(() -> ChatBody.check("a".repeat(501), false)).isInstanceOf(LiveRefusedException.class)
			.hasMessageContaining("500");
	}
}
