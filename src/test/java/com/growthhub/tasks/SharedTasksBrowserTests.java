package com.growthhub.tasks;

import static com.growthhub.identity.IdentityTestSupport.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;

/** A client user finds the board the agency shared from the portal, reads a task and comments on it. */
class SharedTasksBrowserTests extends BrowserTestSupport {

	@Test
	void aClientSeesASharedTaskFromThePortalAndComments() {
		String email = uniqueEmail("shared-agency");
		registerVerified(email);
		ApiClient api = new ApiClient(port);
		String token = accounts().accessToken(email);
		String workspace = api.post("/api/v1/workspaces", Map.of("name", "Smile Dental"), token).text("id");
		String board = api.post("/api/v1/boards", Map.of("workspaceId", workspace, "name", "Website relaunch"), token).text("id");
		api.post("/api/v1/boards", Map.of("workspaceId", workspace, "name", "Agency notes"), token);
		String item = api.post("/api/v1/boards/" + board + "/items", Map.of("name", "Approve the homepage"), token).text("id");
		String clientEmail = uniqueEmail("shared-client");
		accounts().invite(token, clientEmail, "client");

		// The agency shares the board from the board page.
		signIn(email);
		open("/tasks/boards/" + board);
		click(By.cssSelector("[data-testid=toggle-sharing]"));
		visible(By.cssSelector("[data-testid=board-sharing] [data-testid=board-shared]"));
		assertThat(api.get("/api/v1/boards/" + board, token).body().path("sharedWithClient").asBoolean()).isTrue();
		browser.manage().deleteAllCookies();

		signInAsClient(clientEmail);
		click(By.cssSelector("[data-testid=portal-tasks]"));
		waitForPath("/tasks");
		assertThat(browser.findElements(By.cssSelector("[data-testid=board-link]"))).hasSize(1);
		assertThat(textOf(By.cssSelector("[data-testid=board-link]"))).isEqualTo("Website relaunch");
		assertThat(browser.findElements(By.cssSelector("[data-testid=new-workspace]"))).isEmpty();

		click(By.cssSelector("[data-testid=board-link]"));
		visible(By.cssSelector("#task-" + item));
		assertThat(browser.findElements(By.cssSelector("[data-testid=new-item]"))).as("read-only").isEmpty();
		assertThat(browser.findElements(By.cssSelector("[data-testid=move-select]"))).isEmpty();

		click(By.cssSelector("#task-" + item + " a"));
		waitForPath("/tasks/items/" + item);
		assertThat(browser.findElements(By.cssSelector("[data-testid=item-form]"))).isEmpty();
		type(By.id("comment-body"), "Looks great, go ahead");
		click(By.cssSelector("[data-testid=comment-save]"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=comment]"),
				"Looks great, go ahead"));
		assertThat(api.get("/api/v1/items/" + item + "/comments", token).body().path("items").get(0).path("body").asString())
			.isEqualTo("Looks great, go ahead");
	}

	/** The pages' sign-in, which lands a client user in the portal rather than on the home page. */
	private void signInAsClient(String email) {
		open("/login");
		type(By.id("email"), email);
		type(By.id("password"), PASSWORD);
		click(By.cssSelector("form[action='/login'] button[type=submit]"));
		waitForPath("/login/verify");
		type(By.id("code"), mailbox().latestCode(email, "sign-in-code"));
		click(By.cssSelector("form[action='/login/verify'] button[type=submit]"));
		waitForPath("/portal");
	}
}
