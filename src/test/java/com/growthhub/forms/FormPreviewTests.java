package com.growthhub.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/**
 * The builder's preview: a draft rendered by the hosted page's template with its theme inline, refusals as
 * problem+json (400 unreadable, 422 naming each problem), another organization's form 404 and a member 403.
 */
class FormPreviewTests extends IdentityTestSupport {

	private static final String DRAFT = """
			{"fields": [
			  {"key": "email", "type": "email", "label": "Work email", "required": true, "mapsTo": "email", "step": 0},
			  {"key": "interest", "type": "select", "label": "Interest", "options": ["Ads", "SEO"], "step": 0},
			  {"key": "budget", "type": "text", "label": "Budget", "step": 1,
			   "showWhen": {"match": "all", "rules": [{"field": "interest", "operator": "equals", "value": "Ads"}]}},
			  {"key": "brief", "type": "file", "label": "Your brief", "step": 1}],
			 "steps": [{"title": "About you"}, {"title": "Your project"}],
			 "theme": {"primaryColor": "#ff6600", "buttonText": "Get my quote", "customCss": ".gh-step legend { font-weight: 700; }"}}
			""";

	@Test
	void rendersTheDraftAsTheHostedPageWouldWithItsThemeInline() throws Exception {
		String email = uniqueEmail("form-preview");
		registerVerified(email);
		BrowserSession pages = signedIn(email);
		String path = newForm(pages);
		String detail = pages.get(path).body();

		HttpResponse<String> preview = pages.post(path + "/preview", Map.of("definition", DRAFT, "_csrf", BrowserSession.csrf(detail)));

		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(preview.body()).contains("Work email", "About you", "Your project", "Get my quote", "type=\"file\"",
				"data-show-when=", "--gh-primary:#ff6600", ".gh-form .gh-step legend {font-weight: 700;}",
				"/js/forms/form.js", "data-form-id=\"00000000-0000-0000-0000-000000000000\"")
			.doesNotContain("/theme.css");
		String after = pages.get(path).body();
		assertThat(after).as("a preview saves nothing").doesNotContain("Work email");
		assertThat(after).as("the drop-off of the form's one step").contains("data-testid=\"drop-off-row\"", "data-chart=");
	}

	@Test
	void refusesUnreadableJsonAndNamesEachProblemOfAnInvalidDraft() throws Exception {
		String email = uniqueEmail("form-preview-bad");
		registerVerified(email);
		BrowserSession pages = signedIn(email);
		String path = newForm(pages);
		String csrf = BrowserSession.csrf(pages.get(path).body());

		HttpResponse<String> unreadable = pages.post(path + "/preview", Map.of("definition", "{\"fields\": [", "_csrf", csrf));
		assertThat(unreadable.statusCode()).isEqualTo(400);
		assertThat(unreadable.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(unreadable.body()).contains("\"status\":400", "not JSON that can be read");

		HttpResponse<String> invalid = pages.post(path + "/preview", Map.of("definition",
				"{\"fields\": [{\"key\": \"topic\", \"type\": \"select\", \"label\": \"Topic\", \"options\": []}]}", "_csrf", csrf));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(invalid.body()).contains("\"field\":\"/fields/0/options\"", "needs at least one option");
	}

	@Test
	void anotherOrganizationsFormIsNotFoundAndAMemberIsRefused() throws Exception {
		String ownerEmail = uniqueEmail("form-preview-owner");
		registerVerified(ownerEmail);
		String path = newForm(signedIn(ownerEmail));
		String memberEmail = uniqueEmail("form-preview-member");
		invitedMember(accessToken(ownerEmail), memberEmail, "member");
		String strangerEmail = uniqueEmail("form-preview-stranger");
		registerVerified(strangerEmail);

		BrowserSession stranger = signedIn(strangerEmail);
		String strangerCsrf = BrowserSession.csrf(stranger.get("/settings/forms").body());
		assertThat(stranger.post(path + "/preview", Map.of("definition", DRAFT, "_csrf", strangerCsrf)).statusCode())
			.isEqualTo(404);

		BrowserSession member = signedIn(memberEmail);
		String memberCsrf = BrowserSession.csrf(member.get("/").body());
		assertThat(member.post(path + "/preview", Map.of("definition", DRAFT, "_csrf", memberCsrf)).statusCode())
			.isEqualTo(403);
	}

	private static String newForm(BrowserSession pages) throws Exception {
		String list = pages.get("/settings/forms").body();
		HttpResponse<String> created = pages.post("/settings/forms", Map.of("name", "Quote request", "_csrf",
				BrowserSession.csrf(list)));
		String location = created.headers().firstValue("Location").orElseThrow();
		return location.substring(location.indexOf("/settings/forms/"));
	}
}
