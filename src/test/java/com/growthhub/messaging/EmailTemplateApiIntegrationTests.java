package com.growthhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailTemplateApiIntegrationTests extends IdentityTestSupport {

	String owner;

	String member;

	String stranger;

	@BeforeAll
	void team() {
		String ownerEmail = uniqueEmail("templates-owner");
		registerVerified(ownerEmail);
		owner = accessToken(ownerEmail);
		member = invitedMember(owner, "member");
		String strangerEmail = uniqueEmail("templates-stranger");
		registerVerified(strangerEmail);
		stranger = accessToken(strangerEmail);
	}

	@Test
	void everyNotificationTypeIsEmailedWithATemplateThatExists(
			@org.springframework.beans.factory.annotation.Autowired com.growthhub.messaging.internal.NotificationTypeCatalog types,
			@org.springframework.beans.factory.annotation.Autowired com.growthhub.messaging.internal.templates.DefaultEmailTemplates defaults) {
		assertThat(types.all()).isNotEmpty().allSatisfy(type -> assertThat(defaults.find(types.emailTemplate(type)))
			.as("the email template of %s", type).isPresent());
		assertThat(types.find("form_submission").map(types::emailTemplate)).contains("form-submission");
		assertThat(types.find("expense_rejected").map(types::emailTemplate)).contains("expense-status");
		assertThat(types.find("deal_won").map(types::emailTemplate)).contains("notification");
	}

	@Test
	void listsEveryEmailTheProductSendsWithItsDefault() {
		ApiClient.Response list = api().get("/api/v1/email-templates", owner);

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body().path("items")).extracting(item -> item.path("key").asString()).contains("account-exists",
				"event-invitation", "expense-status", "form-submission", "invitation", "notification", "password-reset",
				"sign-in-code", "verify-email");
		JsonNode reset = api().get("/api/v1/email-templates/password-reset", owner).body();
		assertThat(reset.path("customized").asBoolean()).isFalse();
		assertThat(reset.path("security").asBoolean()).isTrue();
		assertThat(reset.path("html").asString()).contains("{{link}}");
		assertThat(reset.path("text").asString()).contains("{{link}}");
		assertThat(reset.path("variables").path("firstName").asString()).isEqualTo("Ada");
	}

	@Test
	void anOrganizationsVersionIsSanitizedWhenRenderedAndUsedForItsMailOnly() {
		ApiClient.Response saved = api().exchange("PUT", "/api/v1/email-templates/invitation", Map.of(
				"subject", "Join {{organizationName}}, says {{inviter}}",
				"html", "<h1 onclick=\"x()\">Welcome!</h1><script>alert(1)</script><p><a data-link href=\"{{link}}\">Join us</a></p>",
				"text", "Join us: {{link}}"), owner, Map.of());
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().path("customized").asBoolean()).isTrue();

		ApiClient.Response preview = api().post("/api/v1/email-templates/invitation/preview",
				Map.of("variables", Map.of("organizationName", "Acme <Labs>")), owner);
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.text("subject")).isEqualTo("Join Acme <Labs>, says Grace Hopper");
		assertThat(preview.text("html")).contains("<h1>Welcome!</h1>", "https://crm.example.com/invitations/sample-token")
			.doesNotContain("script", "onclick");
		assertThat(preview.text("text")).isEqualTo("Join us: https://crm.example.com/invitations/sample-token");

		String invitee = uniqueEmail("templated-invitee");
		assertThat(api().post("/api/v1/invitations", Map.of("email", invitee, "role", "member"), owner)
			.status()).isEqualTo(201);
		String body = mailbox().latestBody(invitee, "invitation").orElseThrow();
		assertThat(body).contains("<h1>Welcome!</h1>").doesNotContain("script");
		assertThat(mailbox().latestLink(invitee, "invitation")).contains("/invitations/");

		JsonNode strangers = api().get("/api/v1/email-templates/invitation", stranger).body();
		assertThat(strangers.path("customized").asBoolean()).isFalse();

		JsonNode reset = api().exchange("DELETE", "/api/v1/email-templates/invitation", null, owner, Map.of()).body();
		assertThat(reset.path("customized").asBoolean()).isFalse();
	}

	@Test
	void previewsADraftWithoutSavingIt() {
		ApiClient.Response preview = api().post("/api/v1/email-templates/notification/preview", Map.of("draft",
				Map.of("subject", "{{title}}", "html", "<p>{{#body}}Note: {{body}}{{/body}}</p>", "text", "{{title}}")),
				owner);

		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.text("html")).contains("Note: Acme — 12 seats, proposal stage");
		assertThat(api().get("/api/v1/email-templates/notification", owner).body().path("customized").asBoolean())
			.isFalse();
	}

	@Test
	void badTemplatesAnswer400AndUnknownKeys404() {
		ApiClient.Response unknownVariable = api().exchange("PUT", "/api/v1/email-templates/password-reset",
				Map.of("subject", "Reset", "html", "<p>{{password}}</p>", "text", "x"), owner, Map.of());
		assertThat(unknownVariable.status()).isEqualTo(400);
		assertThat(unknownVariable.text("detail")).contains("{{password}} is not a variable of this email");

		ApiClient.Response unbalanced = api().exchange("PUT", "/api/v1/email-templates/password-reset",
				Map.of("subject", "Reset", "html", "<p>{{#link}}x</p>", "text", "x"), owner, Map.of());
		assertThat(unbalanced.status()).isEqualTo(400);
		assertThat(unbalanced.text("detail")).contains("never closed");

		assertThat(api().exchange("PUT", "/api/v1/email-templates/password-reset", Map.of("html", "<p>x</p>"), owner,
				Map.of()).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/email-templates/no-such-email", owner).status()).isEqualTo(404);
	}

	@Test
	void onlyOwnersAndAdminsManageTemplates() {
		assertThat(api().get("/api/v1/email-templates", member).status()).isEqualTo(403);
		assertThat(api().exchange("PUT", "/api/v1/email-templates/invitation",
				Map.of("subject", "x", "html", "<p>x</p>", "text", "x"), member, Map.of()).status()).isEqualTo(403);
	}
}
