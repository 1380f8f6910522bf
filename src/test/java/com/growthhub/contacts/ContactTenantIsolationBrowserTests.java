package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/** A contact's pages answer 404 to members of another organization, exactly as for an id that never existed. */
class ContactTenantIsolationBrowserTests extends IdentityTestSupport {

	@Test
	void anotherOrganizationsContactIsNotFound() throws Exception {
		String owner = uniqueEmail("owner");
		registerVerified(owner);
		String id = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Secret", "lastName", "Person")), accessToken(owner))
			.text("id");
		String stranger = uniqueEmail("stranger");
		registerVerified(stranger);

		BrowserSession mine = signedIn(owner);
		HttpResponse<String> own = mine.get("/contacts/" + id);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("Secret Person");

		BrowserSession theirs = signedIn(stranger);
		HttpResponse<String> detail = theirs.get("/contacts/" + id);
		assertThat(detail.statusCode()).isEqualTo(404);
		assertThat(detail.body()).doesNotContain("Secret");
		assertThat(theirs.get("/contacts/" + id + "/edit").statusCode()).isEqualTo(404);
		assertThat(theirs.get("/contacts").body()).doesNotContain("Secret Person");
	}
}
