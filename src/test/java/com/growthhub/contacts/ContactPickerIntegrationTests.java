package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/** The type-ahead contact picker's options: what the person may see of their own organization, nothing else. */
class ContactPickerIntegrationTests extends IdentityTestSupport {

	private static final Pattern OPTION = Pattern.compile("data-testid=\"contact-option\"");

	@Test
	void offersOnlyTheContactsAMemberLimitedToTheirOwnMaySee() throws Exception {
		String owner = uniqueEmail("picker-boss");
		registerVerified(owner);
		String ownerToken = accessToken(owner);
		String member = uniqueEmail("picker-rep");
		String memberToken = invitedMember(ownerToken, member, "member");
		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Bossowned", "lastName", "Pickable")), ownerToken);
		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Repowned", "lastName", "Pickable")), memberToken);
		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("memberVisibility", "own"), ownerToken, Map.of())
			.status()).isEqualTo(200);

		String stranger = uniqueEmail("picker-stranger");
		registerVerified(stranger);
		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Outsider", "lastName", "Pickable")), accessToken(stranger));

		assertThat(options(signedIn(owner), "pickable")).contains("Bossowned Pickable", "Repowned Pickable")
			.doesNotContain("Outsider");
		String theirs = options(signedIn(member), "pickable");
		assertThat(theirs).contains("Repowned Pickable").doesNotContain("Bossowned", "Outsider");
		assertThat(count(theirs)).isEqualTo(1);
		assertThat(options(signedIn(stranger), "pickable")).contains("Outsider Pickable").doesNotContain("owned");
	}

	@Test
	void aBlankQueryAnswersTheFirstTwentyAndANameNobodyHasAnswersNone() throws Exception {
		String owner = uniqueEmail("picker-many");
		registerVerified(owner);
		String token = accessToken(owner);
		for (int i = 0; i < 22; i++) {
			api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Many" + i, "lastName", "Contact")), token);
		}
		BrowserSession pages = signedIn(owner);

		HttpResponse<String> blank = pages.get("/contacts/picker?q=");
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(blank.body()).doesNotContain("<html");
		assertThat(count(blank.body())).isEqualTo(20);
		assertThat(count(pages.get("/contacts/picker").body())).isEqualTo(20);
		String many7 = options(pages, "many7");
		assertThat(many7).contains("Many7 Contact", "data-id=\"");
		assertThat(count(many7)).isEqualTo(1);
		String none = options(pages, "Zzyzx");
		assertThat(none).contains("data-testid=\"contact-option-none\"", "No contact matches.");
		assertThat(count(none)).isZero();
		assertThat(pages.get("/contacts/picker?q=" + "a".repeat(300)).statusCode()).as("over-long text is cut, not refused")
			.isEqualTo(200);
	}

	@Test
	void needsSignIn() throws Exception {
		HttpResponse<String> anonymous = new BrowserSession(port).get("/contacts/picker?q=a");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
			.endsWith("/login"));
	}

	private static String options(BrowserSession pages, String q) throws Exception {
		HttpResponse<String> answer = pages.get("/contacts/picker?q=" + q);
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	private static long count(String options) {
		return OPTION.matcher(options).results().count();
	}
}
