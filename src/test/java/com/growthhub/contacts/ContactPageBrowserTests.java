package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;

/**
 * A contact's page in the browser: its fields edited in place, its email, phone and web addresses as links, the deals
 * and journeys other modules keep about it, and a timeline that names the tags added.
 */
class ContactPageBrowserTests extends BrowserTestSupport {

	private String token;

	private String signedInWithToken() {
		String email = "page-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		registerVerified(email);
		token = accounts().accessToken(email);
		accounts().requireOnly(token, "firstName");
		signIn(email);
		return email;
	}

	private ApiClient api() {
		return new ApiClient(port);
	}

	private String contact(Map<String, Object> fields) {
		ApiClient.Response created = api().post("/api/v1/contacts", fields, token);
		assertThat(created.status()).isEqualTo(201);
		return created.text("id");
	}

	@Test
	void editsAFieldInPlaceAndShowsTheFormsRefusalNextToIt() {
		signedInWithToken();
		String id = contact(Map.of("firstName", "Grace", "lastName", "Hopper", "email", "grace@example.com",
				"company", "Navy"));
		open("/contacts/" + id);

		click(By.cssSelector("#field-company [data-testid=inline-edit]"));
		type(By.id("field-company-input"), "Remington Rand");
		visible(By.id("field-company-input")).sendKeys(Keys.ENTER);
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("field-company"), "Remington Rand"));
		assertThat(browser.findElements(By.id("field-company-input"))).isEmpty();
		assertThat(api().get("/api/v1/contacts/" + id, token).text("company")).isEqualTo("Remington Rand");

		// The heading follows a renamed contact without a reload.
		click(By.cssSelector("#field-firstName [data-testid=inline-edit]"));
		type(By.id("field-firstName-input"), "Amazing Grace");
		click(By.cssSelector("#field-firstName [data-testid=inline-save]"));
		waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=contact-name]"), "Amazing Grace Hopper"));

		click(By.cssSelector("#field-email [data-testid=inline-edit]"));
		type(By.id("field-email-input"), "not-an-email");
		click(By.cssSelector("#field-email [data-testid=inline-save]"));
		String problem = textOf(By.cssSelector("#field-email [data-testid=inline-problems]"));
		assertThat(problem).isEqualTo("must be a well-formed email address");
		assertThat(visible(By.id("field-email-input")).getAttribute("value")).isEqualTo("not-an-email");
		assertThat(visible(By.id("field-email-input")).getAttribute("class")).contains("is-invalid");

		// The service's own checks answer in the full form's words too.
		type(By.id("field-email-input"), "grace@example");
		click(By.cssSelector("#field-email [data-testid=inline-save]"));
		waiting().until(ExpectedConditions.textToBe(By.cssSelector("#field-email [data-testid=inline-problems]"),
				"is not a valid email address"));

		visible(By.id("field-email-input")).sendKeys(Keys.ESCAPE);
		waiting().until(ExpectedConditions.numberOfElementsToBe(By.id("field-email-input"), 0));
		assertThat(textOf(By.id("field-email"))).contains("grace@example.com");
		assertThat(api().get("/api/v1/contacts/" + id, token).text("email")).isEqualTo("grace@example.com");
	}

	@Test
	void linksContactDetailsAndShowsDealsJourneysAndNamedTags() {
		signedInWithToken();
		assertThat(api().post("/api/v1/custom-fields", Map.of("key", "website", "label", "Website", "type", "string"),
				token).status()).isEqualTo(201);
		assertThat(api().post("/api/v1/custom-fields", Map.of("key", "homepage", "label", "Homepage", "type", "string"),
				token).status()).isEqualTo(201);
		String tag = api().post("/api/v1/tags", Map.of("name", "Conference 2026"), token).text("id");
		String gone = api().post("/api/v1/tags", Map.of("name", "Soon deleted"), token).text("id");
		String id = contact(Map.of("firstName", "Linus", "lastName", "Links", "email", "linus+crm@example.com",
				"phone", "+1 415 555 0100", "linkedinUrl", "https://www.linkedin.com/in/linus",
				"customFields", Map.of("website", "https://linus.example.com", "homepage", "javascript:alert(1)"),
				"tags", List.of(tag, gone)));
		// A tag given at creation is no "tag added" entry; adding one later is.
		api().exchange("PATCH", "/api/v1/contacts/" + id, Map.of("tags", List.of()), token, Map.of());
		api().exchange("PATCH", "/api/v1/contacts/" + id, Map.of("tags", List.of(tag, gone)), token, Map.of());
		assertThat(api().exchange("DELETE", "/api/v1/tags/" + gone, null, token, Map.of()).status()).isEqualTo(204);
		assertThat(api().post("/api/v1/deals", Map.of("contactId", id, "title", "Kernel support", "valueCents", 125000,
				"currency", "USD"), token).status()).isEqualTo(201);
		String template = api().post("/api/v1/journey-templates", Map.of("name", "Onboarding", "steps",
				List.of(Map.of("title", "Kick-off call", "dueOffsetDays", 2, "assigneeRole", "owner"))), token).text("id");
		assertThat(api().post("/api/v1/journeys", Map.of("contactId", id, "templateId", template), token).status())
			.isEqualTo(201);

		open("/contacts/" + id);

		assertThat(visible(By.cssSelector("#field-email a")).getAttribute("href")).isEqualTo("mailto:linus%2Bcrm@example.com");
		assertThat(visible(By.cssSelector("#field-phone a")).getAttribute("href")).isEqualTo("tel:+14155550100");
		WebElement linkedin = visible(By.cssSelector("#field-linkedinUrl a"));
		assertThat(linkedin.getAttribute("href")).isEqualTo("https://www.linkedin.com/in/linus");
		assertThat(linkedin.getAttribute("target")).isEqualTo("_blank");
		assertThat(linkedin.getAttribute("rel")).isEqualTo("noopener noreferrer");
		WebElement website = visible(By.cssSelector("#field-cf-website a[data-testid=external-link]"));
		assertThat(website.getAttribute("href")).isEqualTo("https://linus.example.com/");
		assertThat(website.getAttribute("rel")).isEqualTo("noopener noreferrer");
		assertThat(textOf(By.id("field-cf-homepage"))).contains("javascript:alert(1)");
		assertThat(browser.findElements(By.cssSelector("#field-cf-homepage a[data-testid=external-link]"))).isEmpty();

		assertThat(browser.findElements(By.cssSelector("[data-testid=contact-fields] [data-testid=owner]"))).hasSize(1);
		assertThat(textOf(By.cssSelector("#field-ownerId dd"))).startsWith("You");

		String deals = textOf(By.cssSelector("[data-testid=section-deals]"));
		assertThat(deals).contains("Kernel support", "$1,250.00", "Open");
		assertThat(visible(By.cssSelector("[data-testid=contact-deal] a")).getAttribute("href")).contains("/deals/");
		assertThat(visible(By.cssSelector("[data-testid=section-deals] [data-testid=new-deal]")).getAttribute("href"))
			.endsWith("/deals/new?contact=" + id);
		String journeys = textOf(By.cssSelector("[data-testid=section-journeys]"));
		assertThat(journeys).contains("Onboarding", "Pending", "Next: Kick-off call", "0 of 1 steps done");
		assertThat(textOf(By.cssSelector("[data-testid=section-lists]"))).contains("Not in any list yet.");

		List<String> tagsAdded = browser.findElements(By.cssSelector("[data-testid=timeline-tag]"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(tagsAdded).containsExactlyInAnyOrder("Conference 2026", "a deleted tag");
	}
}
