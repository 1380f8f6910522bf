package com.growthhub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static com.growthhub.identity.IdentityTestSupport.uniqueEmail;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.growthhub.BrowserTestSupport;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;

import tools.jackson.databind.JsonNode;

/** Two people watch one board: a card one of them drags moves on the other's screen without a reload. */
class DealBoardBrowserTests extends BrowserTestSupport {

	/** Selenium cannot drive native HTML5 drag and drop in Chromium, so the page's own events are dispatched. */
	private static final String DRAG = """
			const card = arguments[0], zone = arguments[1], data = new DataTransfer();
			card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
			zone.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
			zone.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
			card.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));
			""";

	@Test
	void aDraggedCardMovesOnTheOtherViewersBoardLive() throws Exception {
		String email = uniqueEmail("board");
		registerVerified(email);
		ApiClient api = new ApiClient(port);
		String token = accounts().accessToken(email);
		JsonNode sales = api.get("/api/v1/pipelines", token).body().path("items").get(0);
		String contacted = sales.path("stages").get(1).path("id").asString();
		String lost = sales.path("stages").get(4).path("id").asString();
		String contact = api.post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ada")), token).text("id");
		String deal = api.post("/api/v1/deals", Map.of("contactId", contact, "title", "Live deal", "valueCents", 1000), token)
			.text("id");

		String colleague = uniqueEmail("colleague");
		accounts().invite(token, colleague, "member");

		WebDriver first = browser;
		WebDriver second = newBrowser();
		try {
			signIn(email);
			open("/deals");
			browser = second;
			signIn(colleague);
			open("/deals");
			liveAndMarked(second);
			browser = first;
			liveAndMarked(first);

			WebElement card = visible(By.id("deal-" + deal));
			WebElement target = first.findElement(By.cssSelector("#column-" + contacted + " .board-cards"));
			((JavascriptExecutor) first).executeScript(DRAG, card, target);

			waiting(second).until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#column-" + contacted + " #deal-" + deal)));
			assertThat(second.findElement(By.cssSelector("#column-" + contacted + " [data-testid=column-count]")).getText())
				.isEqualTo("1");
			assertThat(((JavascriptExecutor) second).executeScript("return window.boardMarker")).as("no reload").isEqualTo(1L);
			assertThat(api.get("/api/v1/deals/" + deal, token).text("stageName")).isEqualTo("Contacted");

			// Lost asks for the reason in a modal.
			waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-" + contacted + " #deal-" + deal)));
			WebElement again = first.findElement(By.id("deal-" + deal));
			((JavascriptExecutor) first).executeScript(DRAG, again,
					first.findElement(By.cssSelector("#column-" + lost + " .board-cards")));
			type(By.cssSelector("[data-testid=reason]"), "Chose a competitor");
			click(By.cssSelector("[data-testid=reason-save]"));
			waiting(second).until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#column-" + lost + " #deal-" + deal)));
			JsonNode after = api.get("/api/v1/deals/" + deal, token).body();
			assertThat(after.path("status").asString()).isEqualTo("lost");
			assertThat(after.path("lostReason").asString()).isEqualTo("Chose a competitor");

			// A card dragged on a stale view (somebody changed the deal meanwhile) snaps back and says why.
			waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-" + lost + " #deal-" + deal)));
			WebElement stale = first.findElement(By.id("deal-" + deal));
			((JavascriptExecutor) first).executeScript("arguments[0].setAttribute('data-version', '0')", stale);
			String newStage = sales.path("stages").get(0).path("id").asString();
			((JavascriptExecutor) first).executeScript(DRAG, stale,
					first.findElement(By.cssSelector("#column-" + newStage + " .board-cards")));
			visible(By.cssSelector("[data-testid=move-conflict]"));
			waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-" + lost + " #deal-" + deal)));
			assertThat(first.findElements(By.cssSelector("#column-" + newStage + " #deal-" + deal))).isEmpty();
			assertThat(api.get("/api/v1/deals/" + deal, token).text("stageName")).isEqualTo("Lost");
		}
		finally {
			browser = first;
		}
	}

	private void liveAndMarked(WebDriver driver) {
		waiting(driver).until(ExpectedConditions
			.attributeToBe(By.cssSelector("[data-testid=board]"), "data-live", "open"));
		((JavascriptExecutor) driver).executeScript("window.boardMarker = 1");
	}
}
