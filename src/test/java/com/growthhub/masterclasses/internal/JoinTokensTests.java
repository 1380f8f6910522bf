package com.growthhub.masterclasses.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class JoinTokensTests {

	@Test
	void aTokenIs32RandomBytesInBase64Url() {
		String token = JoinTokens.newToken();
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
		assertThat(JoinTokens.newToken()).isNotEqualTo(token);
	}

	@Test
	void theHashIsLowercaseHexSha256OfTheUtf8Token() {
		// SHA-256("abc") from FIPS 180-2.
		assertThat(JoinTokens.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void theJoinLinkCarriesTheToken() {
		assertThat(JoinTokens.joinPath("growth-101", "t0k")).isEqualTo("/mc/growth-101/live?join=t0k");
	}
}
