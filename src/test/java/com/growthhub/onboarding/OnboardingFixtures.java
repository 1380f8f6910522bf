package com.growthhub.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.messaging.TestMailbox;

/** An agency creating clients through the API, and the tokens of the links their contacts receive. */
record OnboardingFixtures(ApiClient api, TestMailbox mailbox) {

	/** A new medical client of the agency; answers the creation's body. */
	ApiClient.Response createClient(String agencyAccess, String contactEmail) {
		ApiClient.Response created = api.post("/api/v1/onboarding/clients", Map.of("name", "Smile Dental " + suffix(),
				"clientType", "medical", "contactName", "Dana Smile", "contactEmail", contactEmail, "services",
				List.of("seo", "google_ads")), agencyAccess);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created;
	}

	/** The token of the newest link emailed to {@code contactEmail} with the template. */
	String emailedToken(String contactEmail, String template) {
		String link = mailbox.latestLink(contactEmail, template);
		assertThat(link).contains("/onboarding/");
		return link.substring(link.lastIndexOf('/') + 1);
	}

	/** Sets the password through the link; answers the client's access token. */
	String activate(String token) {
		ApiClient.Response activated = api.post("/api/v1/public/onboarding/" + token + "/activate",
				Map.of("password", IdentityTestSupport.PASSWORD, "name", "Dana Smile", "phone", "+1 415 555 0100",
						"communicationPreferences", List.of("email")), null);
		assertThat(activated.status()).as(activated.body().toString()).isEqualTo(200);
		return activated.text("accessToken");
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}
}
