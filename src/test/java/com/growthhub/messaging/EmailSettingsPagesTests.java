package com.growthhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/** Settings › Email templates (list, editor, preview of a draft, save, a bad template) and › Blocked addresses. */
class EmailSettingsPagesTests extends IdentityTestSupport {

	@Test
	void anAdminEditsPreviewsAndSavesATemplateAndSeesBlockedAddresses() throws Exception {
		String admin = uniqueEmail("template-pages");
		registerVerified(admin);
		BrowserSession browser = signedIn(admin);

		String list = browser.get("/settings/email-templates").body();
		assertThat(list).contains("password-reset", "form-submission", "security mail");

		HttpResponse<String> editor = browser.get("/settings/email-templates/notification");
		assertThat(editor.statusCode()).isEqualTo(200);
		assertThat(editor.body()).contains("{{title}}", "data-testid=\"template-preview\"");

		String preview = browser.post("/settings/email-templates/notification", Map.of("action", "preview", "subject",
				"Heads up: {{title}}", "html", "<p>Look: {{body}}</p><script>x()</script>", "text", "{{title}}", "_csrf",
				BrowserSession.csrf(editor.body()))).body();
		assertThat(preview).contains("Heads up: A deal was assigned to you", "Look: Acme");
		// the draft stays in the editor as typed; the rendered email (the frame's srcdoc) has no script
		String rendered = preview.substring(preview.indexOf("srcdoc=\""));
		rendered = rendered.substring(0, rendered.indexOf("\"></iframe>"));
		assertThat(rendered).contains("Look: Acme").doesNotContain("script");

		HttpResponse<String> saved = browser.post("/settings/email-templates/notification", Map.of("action", "save",
				"subject", "Heads up: {{title}}", "html", "<p>{{body}}</p>", "text", "{{title}}", "_csrf",
				BrowserSession.csrf(editor.body())));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(browser.get("/settings/email-templates").body()).contains("your own");

		String bad = browser.post("/settings/email-templates/notification", Map.of("action", "save", "subject", "x",
				"html", "<p>{{secret}}</p>", "text", "", "_csrf", BrowserSession.csrf(editor.body()))).body();
		assertThat(bad).contains("{{secret}} is not a variable of this email");

		assertThat(browser.get("/settings/email-suppressions").body()).contains("No blocked addresses");
	}
}
