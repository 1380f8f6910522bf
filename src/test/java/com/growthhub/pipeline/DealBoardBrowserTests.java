package com.growthhub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static com.growthhub.identity.IdentityTestSupport.uniqueEmail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.growthhub.BrowserTestSupport;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;

/**
 * The board in Chromium: two people watching it live, a card moved by keyboard through its "Move to…" menu, what
 * cards and columns show, and a new deal started from the board whose contact is picked by typing.
 */
class DealBoardBrowserTests extends BrowserTestSupport {

	/** Selenium cannot drive native HTML5 drag and drop in Chromium, so the page's own events are dispatched. */
	/**
	 * Drags a card onto a column. Elements are looked up inside the script, at the moment of the drag: the board
	 * re-renders cards on live updates, so an element found a moment earlier may already be detached.
	 */
	private static final String DRAG = """
			const card = document.getElementById(arguments[0]), zone = document.querySelector(arguments[1]);
			if (arguments[2]) card.setAttribute('data-version', '0');
			const data = new DataTransfer();
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

			visible(By.id("deal-" + deal));
			((JavascriptExecutor) first).executeScript(DRAG, "deal-" + deal, "#column-" + contacted + " .board-cards", false);

			waiting(second).until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#column-" + contacted + " #deal-" + deal)));
			assertThat(second.findElement(By.cssSelector("#column-" + contacted + " [data-testid=column-count]")).getText())
				.isEqualTo("1");
			assertThat(((JavascriptExecutor) second).executeScript("return window.boardMarker")).as("no reload").isEqualTo(1L);
			assertThat(api.get("/api/v1/deals/" + deal, token).text("stageName")).isEqualTo("Contacted");

			// Lost asks for the reason in a modal.
			waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-" + contacted + " #deal-" + deal)));
			((JavascriptExecutor) first).executeScript(DRAG, "deal-" + deal, "#column-" + lost + " .board-cards", false);
			type(By.cssSelector("[data-testid=reason]"), "Chose a competitor");
			click(By.cssSelector("[data-testid=reason-save]"));
			waiting(second).until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#column-" + lost + " #deal-" + deal)));
			JsonNode after = api.get("/api/v1/deals/" + deal, token).body();
			assertThat(after.path("status").asString()).isEqualTo("lost");
			assertThat(after.path("lostReason").asString()).isEqualTo("Chose a competitor");

			// A card dragged on a stale view (somebody changed the deal meanwhile) snaps back and says why.
			waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-" + lost + " #deal-" + deal)));
			String newStage = sales.path("stages").get(0).path("id").asString();
			// The card claims an old version, as if somebody had changed the deal since the board was drawn.
			((JavascriptExecutor) first).executeScript(DRAG, "deal-" + deal, "#column-" + newStage + " .board-cards", true);
			visible(By.cssSelector("[data-testid=move-conflict]"));
			waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-" + lost + " #deal-" + deal)));
			assertThat(first.findElements(By.cssSelector("#column-" + newStage + " #deal-" + deal))).isEmpty();
			assertThat(api.get("/api/v1/deals/" + deal, token).text("stageName")).isEqualTo("Lost");
		}
		finally {
			browser = first;
		}
	}

	@Test
	void theNewDealButtonStartsADealOnTheBoardsPipelineForAContactPickedByTyping() {
		String email = uniqueEmail("newdeal-board");
		registerVerified(email);
		ApiClient api = new ApiClient(port);
		String token = accounts().accessToken(email);
		String zelda = api.post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Zelda", "lastName", "Typeahead")), token).text("id");
		api.post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Zack", "lastName", "Other")), token);
		String funnel = api.post("/api/v1/pipelines", Map.of("name", "Funnel", "template", "masterclass"), token).text("id");
		String sales = api.get("/api/v1/pipelines", token).body().path("items").get(0).path("id").asString();

		signIn(email);
		open("/deals?pipeline=" + funnel);
		click(By.cssSelector("[data-testid=new-deal-button]"));
		waitForPath("/deals/new");
		Select pipeline = new Select(visible(By.cssSelector("[data-testid=new-deal-pipeline]")));
		assertThat(pipeline.getFirstSelectedOption().getText()).as("the board's pipeline").isEqualTo("Funnel");
		assertThat(new Select(visible(By.cssSelector("[data-testid=new-deal-stage]"))).getFirstSelectedOption().getText())
			.as("its first open stage").isEqualTo("Registered");
		assertThat(visible(By.id("deal-contact")).getAttribute("value")).as("no contact preselected").isEmpty();

		// Another pipeline brings its own stages.
		pipeline.selectByVisibleText("Sales");
		waiting().until(driver -> new Select(driver.findElement(By.cssSelector("[data-testid=new-deal-stage]")))
			.getFirstSelectedOption().getText().equals("New"));

		type(By.id("title"), "Typed deal");
		click(By.cssSelector("[data-testid=create-deal]"));
		assertThat(textOf(By.id("deal-contact-error"))).isEqualTo("Choose a contact from the list.");
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("deal-contact");
		waitForPath("/deals/new");

		pickContact("deal-contact", "zel", "Zelda Typeahead");
		click(By.cssSelector("[data-testid=create-deal]"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/deals/[0-9a-f-]{36}$"));
		JsonNode deal = api.get("/api/v1/deals?contactId=" + zelda, token).body().path("items").get(0);
		assertThat(deal.path("title").asString()).isEqualTo("Typed deal");
		assertThat(deal.path("pipelineId").asString()).isEqualTo(sales);
		assertThat(deal.path("stageName").asString()).isEqualTo("New");
	}

	@Test
	void aCardMovesToAnotherColumnWithTheKeyboardOnly() {
		String email = uniqueEmail("keyboard");
		registerVerified(email);
		ApiClient api = new ApiClient(port);
		String token = accounts().accessToken(email);
		JsonNode sales = api.get("/api/v1/pipelines", token).body().path("items").get(0);
		String booked = sales.path("stages").get(2).path("id").asString();
		String contact = api.post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Kim", "lastName", "Keys")), token).text("id");
		String deal = api.post("/api/v1/deals", Map.of("contactId", contact, "title", "Keyboard deal"), token).text("id");

		signIn(email);
		open("/deals");
		waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=board]"), "data-live", "open"));
		WebElement toggle = visible(By.cssSelector("#deal-" + deal + " [data-testid=move-menu]"));
		toggle.sendKeys(Keys.ARROW_DOWN);
		waiting().until(driver -> "Contacted".equals(driver.switchTo().activeElement().getText()));
		browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
		waiting().until(driver -> "Consult Booked".equals(driver.switchTo().activeElement().getText()));
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);

		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-" + booked + " #deal-" + deal)));
		waiting().until(driver -> "Consult Booked".equals(api.get("/api/v1/deals/" + deal, token).text("stageName")));
		waiting().until(driver -> deal.equals(driver.switchTo().activeElement().findElement(By.xpath("ancestor::*[@data-deal-id]"))
			.getAttribute("data-deal-id")));
		assertThat(browser.findElement(By.id("board-status")).getAttribute("textContent"))
			.isEqualTo("Keyboard deal moved to Consult Booked.");
		assertThat(textOf(By.cssSelector("#column-" + booked + " [data-testid=column-count]"))).isEqualTo("1");
	}

	@Test
	void cardsShowOwnerCloseDateAndAgeAndColumnsTheirTotalsPerCurrency() {
		String email = uniqueEmail("figures");
		registerVerified(email);
		ApiClient api = new ApiClient(port);
		String token = accounts().accessToken(email);
		String me = api.get("/api/v1/me", token).text("id");
		JsonNode sales = api.get("/api/v1/pipelines", token).body().path("items").get(0);
		String fresh = sales.path("stages").get(0).path("id").asString();
		LocalDate closes = LocalDate.now().plusDays(10);
		String euro = api.post("/api/v1/deals", Map.of("contactId", contact(api, token, "Eva"), "title", "Euro deal",
				"valueCents", 1250000, "currency", "EUR", "ownerId", me, "expectedCloseDate", closes.toString()), token)
			.text("id");
		api.post("/api/v1/deals", Map.of("contactId", contact(api, token, "Dan"), "title", "Dollar deal", "valueCents", 300000,
				"currency", "usd"), token);
		String late = api.post("/api/v1/deals", Map.of("contactId", contact(api, token, "Lou"), "title", "Late deal",
				"valueCents", 50000, "currency", "EUR"), token).text("id");
		// The API refuses a close date in the past, and a deal's age counts from its creation: both are set here.
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				update deals set expected_close_date = current_date - 3, created_at = now() - interval '12 days 1 hour'
				where id = cast(? as uuid)
				""").param(late).update());

		signIn(email);
		open("/deals");
		String column = "#column-" + fresh + " ";
		assertThat(textOf(By.cssSelector(column + "[data-testid=column-sum]"))).isEqualTo("€13,000.00 + $3,000.00");
		assertThat(textOf(By.cssSelector(column + "[data-testid=column-weighted]"))).isEqualTo("Weighted €1,300.00 + $300.00");
		assertThat(textOf(By.cssSelector("[data-testid=pipeline-sum]"))).isEqualTo("€13,000.00 + $3,000.00");
		assertThat(textOf(By.cssSelector("[data-testid=pipeline-forecast]"))).isEqualTo("€1,300.00 + $300.00");

		String euroCard = "#deal-" + euro + " ";
		assertThat(textOf(By.cssSelector(euroCard + "[data-testid=card-value]"))).isEqualTo("€12,500.00");
		// Each figure is labelled for screen readers ("Owner: ", "Expected close: ") before what the eye reads.
		assertThat(textOf(By.cssSelector(euroCard + "[data-testid=card-owner]"))).endsWith("Sam Seller");
		assertThat(textOf(By.cssSelector(euroCard + "[data-testid=card-close]")))
			.endsWith(closes.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)));
		assertThat(textOf(By.cssSelector(euroCard + "[data-testid=card-age]"))).isEqualTo("0 d");
		assertThat(browser.findElements(By.cssSelector(euroCard + "[data-testid=card-overdue]"))).isEmpty();

		String lateCard = "#deal-" + late + " ";
		assertThat(textOf(By.cssSelector(lateCard + "[data-testid=card-close]"))).endsWith(" · Overdue");
		assertThat(browser.findElement(By.cssSelector(lateCard + "[data-testid=card-close]")).getAttribute("class"))
			.contains("text-danger");
		assertThat(textOf(By.cssSelector(lateCard + "[data-testid=card-age]"))).isEqualTo("12 d");
		assertThat(browser.findElements(By.cssSelector(lateCard + "[data-testid=card-owner]"))).as("no owner").isEmpty();

		JsonNode board = api.get("/api/v1/pipelines/" + sales.path("id").asString() + "/board", token).body();
		JsonNode first = board.path("columns").get(0);
		assertThat(first.path("totals").get(0).path("currency").asString()).isEqualTo("EUR");
		assertThat(first.path("totals").get(0).path("valueCents").asLong()).isEqualTo(1300000);
		assertThat(first.path("totals").get(0).path("weightedValueCents").asLong()).isEqualTo(130000);
		assertThat(board.path("totals").get(1).path("currency").asString()).isEqualTo("USD");
		assertThat(board.path("totals").get(1).path("weightedValueCents").asLong()).isEqualTo(30000);
		JsonNode lateJson = java.util.stream.StreamSupport.stream(first.path("cards").spliterator(), false)
			.filter(card -> card.path("id").asString().equals(late)).findFirst().orElseThrow();
		assertThat(lateJson.path("title").asString()).as("the deal's own fields, unwrapped").isEqualTo("Late deal");
		assertThat(lateJson.path("ageDays").asLong()).isEqualTo(12);
		assertThat(lateJson.path("overdue").asBoolean()).isTrue();
		assertThat(lateJson.path("ownerName").isMissingNode()).isTrue();
	}

	private static String contact(ApiClient api, String token, String name) {
		return api.post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", name)), token).text("id");
	}

	private void liveAndMarked(WebDriver driver) {
		waiting(driver).until(ExpectedConditions
			.attributeToBe(By.cssSelector("[data-testid=board]"), "data-live", "open"));
		((JavascriptExecutor) driver).executeScript("window.boardMarker = 1");
	}
}
