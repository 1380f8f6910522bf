package com.growthhub.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;

import tools.jackson.databind.JsonNode;

/**
 * A visitor attaches a file on the hosted page: the page sends it as multipart with the answers, and the form's team
 * finds it on the submission.
 */
class HostedFormUploadBrowserTests extends BrowserTestSupport {

	@Test
	void aVisitorSendsAFileWithTheFormAndTheTeamFindsIt() throws Exception {
		String email = uniqueEmail("upload-owner");
		registerVerified(email);
		String owner = accounts().accessToken(email);
		ApiClient api = accounts().api();
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("proofOfWork", false);
		settings.put("minFillSeconds", 0);
		Map<String, Object> definition = Map.of("fields", List.of(
				Map.of("key", "email", "type", "email", "label", "Email", "required", true, "mapsTo", "email"),
				Map.of("key", "brief", "type", "file", "label", "Your brief", "required", true)),
				"steps", List.of(Map.of("title", "Brief")), "settings", settings);
		UUID form = UUID.fromString(api.post("/api/v1/forms", Map.of("name", "Briefs", "definition", definition), owner)
			.text("id"));
		assertThat(api.post("/api/v1/forms/" + form + "/publish", null, owner).status()).isEqualTo(200);

		Path brief = Files.createTempFile("brief-", ".pdf");
		Files.write(brief, FormFileUploadTests.PDF);
		open("/f/" + form);
		type(By.id("f-email"), uniqueEmail("visitor"));
		assertThat(browser.findElement(By.id("f-brief")).getAttribute("accept")).contains("application/pdf");
		browser.findElement(By.id("f-brief")).sendKeys(brief.toAbsolutePath().toString());
		click(By.cssSelector(".gh-submit"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gh-done")));

		JsonNode submission = await().atMost(Duration.ofSeconds(20)).until(
				() -> api.get("/api/v1/forms/" + form + "/submissions", owner).body().path("items").path(0),
				item -> item.path("status").asString().equals("processed"));
		assertThat(submission.path("answers").path("brief").get(0).asString()).isEqualTo(brief.getFileName().toString());
		assertThat(submission.path("files").get(0).path("contentType").asString()).isEqualTo("application/pdf");
	}

	private static String uniqueEmail(String name) {
		return com.growthhub.identity.IdentityTestSupport.uniqueEmail(name);
	}
}
