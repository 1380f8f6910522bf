package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/** In privacy mode the contact pages offer no input for what {@link PrivacyMode} refuses. */
class ContactPrivacyPagesTests extends IdentityTestSupport {

	@Test
	void offersNoLastNameNotesOrLogTextInPrivacyMode() throws Exception {
		String owner = uniqueEmail("private");
		registerVerified(owner);
		String token = accessToken(owner);
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Priya", "lastName", "Vate")), token).text("id");
		BrowserSession pages = signedIn(owner);
		assertThat(pages.get("/contacts/new").body()).contains("name=\"lastName\"", "name=\"notes\"");
		assertThat(pages.get("/contacts/" + contact).body()).contains("name=\"text\"");

		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", true), token, Map.of()).status())
			.isEqualTo(200);

		String form = pages.get("/contacts/new").body();
		assertThat(form).contains("name=\"firstName\"").doesNotContain("name=\"lastName\"", "name=\"notes\"");
		String detail = pages.get("/contacts/" + contact).body();
		assertThat(detail).contains("Priya").doesNotContain("Vate", "name=\"text\"");
	}
}
