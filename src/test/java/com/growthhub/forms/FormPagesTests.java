package com.growthhub.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/** Settings › Forms works without JavaScript: create, edit the JSON (checked), publish, see and export submissions. */
class FormPagesTests extends IdentityTestSupport {

	@Test
	void anAdminCreatesEditsPublishesAndReadsSubmissionsWhileAMemberIsRefused() throws Exception {
		String ownerEmail = uniqueEmail("form-pages");
		registerVerified(ownerEmail);
		String owner = accessToken(ownerEmail);
		String memberEmail = uniqueEmail("form-pages-member");
		invitedMember(owner, memberEmail, "member");

		BrowserSession pages = signedIn(ownerEmail);
		String list = pages.get("/settings/forms").body();
		assertThat(list).contains("No forms yet", "/settings/forms\"");
		HttpResponse<String> created = pages.post("/settings/forms", Map.of("name", "Callback request", "_csrf",
				BrowserSession.csrf(list)));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/settings/forms/"));
		String detail = pages.get(path).body();
		assertThat(detail).contains("Callback request", "Draft", "&quot;first_name&quot;");

		pages.post(path + "/definition", Map.of("name", "Callback request", "definition", "{\"fields\": [{\"key\": 1}]}",
				"_csrf", BrowserSession.csrf(detail)));
		assertThat(pages.get(path).body()).contains("data-testid=\"definition-problem\"", "/fields/0/key");

		pages.post(path + "/publish", Map.of("_csrf", BrowserSession.csrf(detail)));
		String published = pages.get(path).body();
		assertThat(published).contains("Published", "/embed.js", "No submissions yet.");

		String id = path.substring("/settings/forms/".length());
		PublicForms visitor = new PublicForms(port);
		java.util.UUID form = java.util.UUID.fromString(id);
		assertThat(visitor.postForm(form, Map.of("first_name", "Grace", "email", "grace-" + id + "@example.com", "_hp",
				"filled by a bot", "_pow", visitor.proofOfWork(form)), Map.of()).status()).isEqualTo(202);
		String withSpam = pages.get(path + "?status=quarantined").body();
		assertThat(withSpam).contains("Grace", "honeypot", "Release");
		HttpResponse<String> csv = pages.get(path + "/submissions.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains("grace-" + id + "@example.com", "quarantined");

		assertThat(signedIn(memberEmail).get("/settings/forms").statusCode()).isEqualTo(403);
	}
}
