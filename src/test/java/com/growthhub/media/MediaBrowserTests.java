package com.growthhub.media;

import static com.growthhub.identity.IdentityTestSupport.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;

/**
 * A person uploads photos, watches them become ready without reloading, puts them in a collection, reorders it with
 * the keyboard buttons, and shares one photo by a public link.
 */
class MediaBrowserTests extends BrowserTestSupport {

	@Test
	void uploadsPhotosCollectsThemAndSharesOne() throws Exception {
		String email = uniqueEmail("mediabrowser");
		registerVerified(email);
		signIn(email);
		String token = accounts().accessToken(email);
		assertThat(new ApiClient(port).post("/api/v1/media/collections", Map.of("name", "Launch party", "kind", "general"),
				token).status()).isEqualTo(201);

		Path first = Files.write(Files.createTempDirectory("media-").resolve("stage.jpg"), TestImages.jpeg(640, 480));
		Path second = Files.write(first.resolveSibling("crowd.jpg"), TestImages.phoneJpeg(320, 240, 6, 2.29, 48.85));
		open("/media");
		browser.findElement(By.cssSelector("[data-testid=media-file-input]"))
			.sendKeys(first.toAbsolutePath() + "\n" + second.toAbsolutePath());

		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=upload-row][data-result=done]")).size() == 2);
		waiting().until(driver -> statuses().equals(List.of("Ready", "Ready")));
		assertThat(browser.findElements(By.cssSelector("[data-testid=media-card] img"))).as("thumbnails shown").hasSize(2);

		click(By.cssSelector("[data-testid=media-card]:nth-child(1) [data-select-row]"));
		click(By.cssSelector("[data-testid=media-card]:nth-child(2) [data-select-row]"));
		new Select(visible(By.cssSelector("[data-testid=bulk-collection]"))).selectByVisibleText("Launch party");
		click(By.cssSelector("[data-testid=bulk-add]"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/media/collections/[0-9a-f-]{36}$"));
		List<String> before = names();
		assertThat(before).containsExactlyInAnyOrder("stage.jpg", "crowd.jpg");
		click(By.cssSelector("[data-testid=collection-item]:first-child [data-testid=move-later]"));
		waiting().until(driver -> names().equals(List.of(before.get(1), before.get(0))));

		click(By.xpath("//a[@data-testid='collection-item-name'][text()='crowd.jpg']"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/media/[0-9a-f-]{36}$"));
		assertThat(textOf(By.cssSelector("[data-testid=media-dimensions]"))).as("upright").isEqualTo("240 × 320");
		click(By.cssSelector("[data-testid=share-create]"));
		String url = visible(By.cssSelector("[data-testid=share-url]")).getAttribute("value");
		assertThat(textOf(By.cssSelector("[data-testid=media-access-level]"))).startsWith("Public");

		HttpResponse<byte[]> shared = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(shared.statusCode()).as("opens without signing in").isEqualTo(200);
		assertThat(shared.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
	}

	private List<String> statuses() {
		return browser.findElements(By.cssSelector("[data-testid=media-card] [data-testid=media-status]")).stream()
			.map(WebElement::getText).toList();
	}

	private List<String> names() {
		return browser.findElements(By.cssSelector("[data-testid=collection-item-name]")).stream().map(WebElement::getText)
			.toList();
	}
}
