package com.growthhub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Base64UrlTests {

	@Test
	void readsBackWhatItWrote() {
		byte[] bytes = { 0, 1, 2, (byte) 0xfb, (byte) 0xff };
		String text = Base64Url.encode(bytes);
		assertThat(text).isEqualTo("AAEC-_8");
		assertThat(Base64Url.decode(text)).hasValueSatisfying(decoded -> assertThat(decoded).isEqualTo(bytes));
	}

	@Test
	void refusesAnotherSpellingOfTheSameBytesAndWhatIsNotBase64() {
		// "AAEC-_8" ends in '8' (60): its two low bits are unused, so '9' (61) decodes to the same five bytes.
		assertThat(java.util.Base64.getUrlDecoder().decode("AAEC-_9")).isEqualTo(java.util.Base64.getUrlDecoder()
			.decode("AAEC-_8"));
		assertThat(Base64Url.decode("AAEC-_9")).isEmpty();
		assertThat(Base64Url.decode("AAEC-_8=")).as("padded").isEmpty();
		assertThat(Base64Url.decode("AAEC+/8")).as("not URL-safe").isEmpty();
		assertThat(Base64Url.decode("not a token")).isEmpty();
		assertThat(Base64Url.decode("")).hasValueSatisfying(decoded -> assertThat(decoded).isEmpty());
	}
}
