package com.growthhub.tasks;

import static com.growthhub.identity.IdentityTestSupport.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;

/** The task board in two browsers: a card dragged on one screen moves on the other, live, without a reload. */
class TaskBoardBrowserTests extends BrowserTestSupport {

	@Test
	void aTaskDraggedOnOneScreenMovesOnAnother() throws Exception {
		String email = uniqueEmail("task-board");
		registerVerified(email);
		ApiClient api = new ApiClient(port);
		String token = accounts().accessToken(email);
		String workspace = api.post("/api/v1/workspaces", Map.of("name", "Studio"), token).text("id");
		String board = api.post("/api/v1/boards", Map.of("workspaceId", workspace, "name", "Sprint"), token).text("id");
		String item = api.post("/api/v1/boards/" + board + "/items", Map.of("name", "Shoot the video"), token).text("id");
		api.post("/api/v1/boards/" + board + "/items", Map.of("name", "Edit the video"), token);
		String colleague = uniqueEmail("task-colleague");
		accounts().invite(token, colleague, "member");

		WebDriver first = browser;
		WebDriver second = newBrowser();
		try {
			signIn(email);
			open("/tasks/boards/" + board);
			browser = second;
			signIn(colleague);
			open("/tasks/boards/" + board);
			liveAndMarked(second);
			browser = first;
			liveAndMarked(first);

			drag(first, "task-" + item, "#column-in_progress .task-cards");

			waiting(second).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-in_progress #task-" + item)));
			assertThat(second.findElements(By.cssSelector("#column-backlog #task-" + item))).isEmpty();
			assertThat(second.findElement(By.cssSelector("#column-in_progress [data-testid=column-count]")).getText()).isEqualTo("1");
			assertThat(((JavascriptExecutor) second).executeScript("return window.boardMarker")).as("no reload").isEqualTo(1L);
			assertThat(api.get("/api/v1/items/" + item, token).text("status")).isEqualTo("in_progress");

			// A jump the flow forbids snaps back and says why.
			waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-in_progress #task-" + item)));
			drag(first, "task-" + item, "#column-done .task-cards");
			visible(By.cssSelector("[data-testid=move-refused]"));
			waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-in_progress #task-" + item)));
			assertThat(first.findElements(By.cssSelector("#column-done #task-" + item))).isEmpty();
			assertThat(api.get("/api/v1/items/" + item, token).text("status")).isEqualTo("in_progress");

			// The keyboard way: the card's "Move to…" menu, seen on the other screen too.
			new Select(visible(By.cssSelector("#task-" + item + " [data-move-to]"))).selectByValue("review");
			waiting(second).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-review #task-" + item)));
		}
		finally {
			browser = first;
		}
	}

	/** A real mouse drag (SortableJS runs in its fallback mode, on mouse events), in small steps as a hand moves. */
	private void drag(WebDriver driver, String cardId, String zoneSelector) {
		WebElement card = waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(cardId)));
		WebElement zone = driver.findElement(By.cssSelector(zoneSelector));
		new Actions(driver).moveToElement(card, 0, -10).clickAndHold().pause(Duration.ofMillis(50)).moveByOffset(5, 5)
			.pause(Duration.ofMillis(50)).moveToElement(zone).pause(Duration.ofMillis(50)).moveToElement(zone, 0, 5)
			.pause(Duration.ofMillis(50)).release().perform();
	}

	private void liveAndMarked(WebDriver driver) {
		waiting(driver).until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=task-board]"), "data-live", "open"));
		((JavascriptExecutor) driver).executeScript("window.boardMarker = 1");
	}
}
