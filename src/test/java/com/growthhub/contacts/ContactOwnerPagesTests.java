package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/** The contact pages name owners and let a person hand contacts to a teammate and filter by them. */
class ContactOwnerPagesTests extends IdentityTestSupport {

	@Test
	void handsContactsToATeammateAndFiltersByThem() throws Exception {
		String owner = uniqueEmail("lead");
		registerVerified(owner);
		String ownerToken = accessToken(owner);
		String memberToken = invitedMember(ownerToken, "member");
		String memberId = api().get("/api/v1/me", memberToken).text("id");
		String handed = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Handed", "lastName", "Over")), ownerToken).text("id");
		String kept = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Kept", "lastName", "Here")), ownerToken).text("id");

		BrowserSession pages = signedIn(owner);
		String newForm = pages.get("/contacts/new").body();
		assertThat(newForm).as("the owner picker offers the teammate").contains("Max Member");
		assertThat(newForm).contains("(you)");

		String list = pages.get("/contacts").body();
		assertThat(pages.post("/contacts/bulk", Map.of("ids", handed, "action", "change_owner", "ownerId", memberId,
				"_csrf", BrowserSession.csrf(list))).statusCode()).isEqualTo(302);

		String filtered = pages.get("/contacts?owner=" + memberId).body();
		assertThat(filtered).contains("Handed Over").doesNotContain("Kept Here");
		assertThat(pages.get("/contacts?owner=not-a-member-id").statusCode()).as("a bad owner filters nothing").isEqualTo(200);
		assertThat(pages.get("/contacts/" + handed).body()).contains("Max Member");
		assertThat(pages.get("/contacts/" + handed + "/edit").body())
			.containsPattern("<option value=\"" + memberId + "\"\\s+selected=\"selected\"");
		assertThat(pages.get("/contacts/" + kept).body()).contains(">You<");

		assertThat(api().get("/api/v1/contacts?ownerId=" + memberId, ownerToken).body().path("items").size()).isEqualTo(1);
	}
}
