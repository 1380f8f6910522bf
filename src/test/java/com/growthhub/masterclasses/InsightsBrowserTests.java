package com.growthhub.masterclasses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

/**
 * In headless Chromium: a manager uploads a transcript with overlapping cues and sees the errors by line, uploads a
 * good one, finds a line by search (linking to the replay at that second), and reads the insights page with its
 * charts drawn, the drop-off tied to the transcript line and the leads' funnel.
 */
class InsightsBrowserTests extends BrowserTestSupport {

	@Test
	void transcriptUploadSearchAndTheInsightsPage() throws Exception {
		String email = IdentityTestSupport.uniqueEmail("insights-browser");
		registerVerified(email);
		String token = accounts().accessToken(email);
		OrganizationId organization = OrganizationId
			.of(UUID.fromString(accounts().api().get("/api/v1/me", token).text("organizationId")));
		UUID masterclass = new InsightFixtures(jdbc, transactions, organization)
			.recordedSession(Instant.parse("2026-11-20T18:00:00Z"));
		Path bad = Files.createTempFile("overlapping-", ".vtt");
		Files.writeString(bad, "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nfirst\n\n00:00:04.000 --> 00:00:06.000\nsecond\n");
		Path good = Files.createTempFile("class-", ".srt");
		Files.writeString(good, "1\n00:00:01,000 --> 00:00:05,000\nWelcome!\n\n2\n00:32:00,000 --> 00:32:30,000\n"
				+ "ADA: Now the price: 500 euros.\n");

		signIn(email);
		open("/masterclasses/" + masterclass + "/transcripts");
		assertThat(textOf(By.cssSelector("[data-testid=speech-to-text-unconfigured]"))).contains("GROWTHHUB_AI_TRANSCRIBE_URL");
		visible(By.id("transcript-file")).sendKeys(bad.toString());
		click(By.cssSelector("[data-testid=transcript-upload] button[type=submit]"));
		assertThat(textOf(By.cssSelector("[data-testid=transcript-error]"))).startsWith("6").contains("overlap");

		visible(By.id("transcript-file")).sendKeys(good.toString());
		click(By.cssSelector("[data-testid=transcript-upload] button[type=submit]"));
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=transcript-segment]")).size() == 2);
		assertThat(textOf(By.cssSelector("[data-testid=transcript-segments]"))).contains("ADA", "Now the price: 500 euros.");

		open("/transcripts/search");
		type(By.cssSelector("[data-testid=transcript-search] input[name=q]"), "euros");
		click(By.cssSelector("[data-testid=transcript-search] button[type=submit]"));
		assertThat(visible(By.cssSelector("[data-testid=transcript-hit] a")).getAttribute("href"))
			.endsWith("/masterclasses/" + masterclass + "/replay?at=1920");
		assertThat(textOf(By.cssSelector("[data-testid=transcript-hit] mark"))).isEqualTo("euros");

		open("/masterclasses/" + masterclass + "/insights");
		waiting().until(driver -> driver.findElements(By.cssSelector("canvas[data-drawn=true]")).size() >= 4);
		assertThat(textOf(By.cssSelector("[data-testid=insight]"))).contains("50% left at 32:10 during the Pricing section",
				"Now the price: 500 euros.");
		assertThat(textOf(By.cssSelector("[data-testid=funnel-step][data-step=registered] [data-testid=funnel-count]")))
			.isEqualTo("6");
		assertThat(textOf(By.cssSelector("[data-testid=funnel-step][data-step=attended] [data-testid=funnel-count]")))
			.isEqualTo("4");
		assertThat(textOf(By.cssSelector("[data-testid=funnel-step][data-step=scheduled] [data-testid=funnel-count]")))
			.isEqualTo("1");
		assertThat(textOf(By.cssSelector("[data-figure=show-up]"))).isEqualTo("67 %");

		click(By.cssSelector("[data-testid=insights-ai]"));
		waitForPath("/masterclasses/" + masterclass + "/insights");
		assertThat(textOf(By.cssSelector(".alert-warning"))).contains("GROWTHHUB_AI_BASE_URL");
	}
}
