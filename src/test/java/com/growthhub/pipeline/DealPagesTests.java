package com.growthhub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;

/** The board, the list view, a deal's page and the settings pages render and act for the organization only. */
class DealPagesTests extends IdentityTestSupport {

	@Test
	void boardListDealAndSettingsPages() throws Exception {
		String owner = uniqueEmail("board");
		registerVerified(owner);
		String token = accessToken(owner);
		JsonNode sales = api().get("/api/v1/pipelines", token).body().path("items").get(0);
		String pipeline = sales.path("id").asString();
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ada", "lastName", "Board")), token).text("id");
		String deal = api().post("/api/v1/deals", Map.of("contactId", contact, "title", "Botox for Ada", "valueCents", 45000), token)
			.text("id");
		String contacted = sales.path("stages").get(1).path("id").asString();

		BrowserSession pages = signedIn(owner);
		String board = pages.get("/deals").body();
		assertThat(board).contains("Botox for Ada", "Consult Booked", "450.00", "/deals/board/" + pipeline + "/stream");
		assertThat(pages.get("/deals?view=list&pipeline=" + pipeline).body()).contains("Botox for Ada", "deal-row");
		String column = pages.get("/deals/board/" + pipeline + "/columns/" + sales.path("stages").get(0).path("id").asString())
			.body();
		assertThat(column).contains("Botox for Ada").doesNotContain("<html");

		var moved = pages.post("/deals/" + deal + "/move", Map.of("stageId", contacted, "version", "0", "_csrf", BrowserSession.csrf(board)));
		assertThat(moved.statusCode()).isEqualTo(200);
		var stale = pages.post("/deals/" + deal + "/move", Map.of("stageId", contacted, "version", "0", "_csrf", BrowserSession.csrf(board)));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains(contacted);

		String dealPage = pages.get("/deals/" + deal).body();
		assertThat(dealPage).contains("Botox for Ada", "Contacted", "history-row");
		assertThat(pages.post("/deals/" + deal, Map.of("title", "Botox x2", "version", "1", "_csrf", BrowserSession.csrf(dealPage)))
			.statusCode()).isEqualTo(302);
		assertThat(pages.get("/deals/" + deal).body()).contains("Botox x2");
		String me = api().get("/api/v1/me", token).text("id");
		String service = api().post("/api/v1/services", Map.of("code", "LIP", "name", "Lips"), token).text("id");
		String close = java.time.LocalDate.now().plusDays(3).toString();
		assertThat(api().exchange("PATCH", "/api/v1/deals/" + deal, Map.of("ownerId", me, "serviceId", service,
				"expectedCloseDate", close), token, Map.of()).status()).isEqualTo(200);
		dealPage = pages.get("/deals/" + deal).body();
		assertThat(dealPage).contains(close);
		assertThat(pages.post("/deals/" + deal, Map.of("title", "Botox x2", "serviceId", "", "ownerId", "",
				"expectedCloseDate", "", "_csrf", BrowserSession.csrf(dealPage))).statusCode()).isEqualTo(302);
		JsonNode edited = api().get("/api/v1/deals/" + deal, token).body();
		assertThat(edited.path("ownerId").isMissingNode()).as("owner cleared").isTrue();
		assertThat(edited.path("serviceId").isMissingNode()).as("service cleared").isTrue();
		assertThat(edited.path("expectedCloseDate").isMissingNode()).as("close date cleared").isTrue();

		api().post("/api/v1/campaigns", Map.of("name", "Board Spring Promo", "platform", "facebook"), token);
		String newForm = pages.get("/deals/new?contact=" + contact).body();
		assertThat(newForm).as("the campaign picker offers the organization's campaigns")
			.contains("Sales", "list=\"deal-campaign-choices\"", "<option value=\"Board Spring Promo\">");
		var created = pages.post("/deals/new", Map.of("contactId", contact, "pipelineId", pipeline, "title", "Second for Ada",
				"valueCents", "100", "currency", "USD", "_csrf", BrowserSession.csrf(newForm)));
		assertThat(created.statusCode()).as("one open deal per contact: refused on the form").isEqualTo(200);
		assertThat(created.body()).contains("data-testid=\"open-deal-exists\"", "href=\"/deals/" + deal + "\"",
				"value=\"Second for Ada\"", "value=\"100\"");
		String masterclass = api().post("/api/v1/pipelines", Map.of("name", "Funnel", "template", "masterclass"), token).text("id");
		created = pages.post("/deals/new", Map.of("contactId", contact, "pipelineId", masterclass, "title", "Funnel for Ada",
				"_csrf", BrowserSession.csrf(newForm)));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(pages.get(java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath()).body()).contains("Funnel for Ada", "Registered");

		String settings = pages.get("/pipelines").body();
		assertThat(settings).contains("Sales", "Consult Booked", "data-stage-order");
		assertThat(pages.post("/pipelines", Map.of("name", "Masterclass 2", "template", "masterclass", "_csrf", BrowserSession.csrf(settings)))
			.statusCode()).isEqualTo(302);
		assertThat(pages.get("/pipelines").body()).contains("Registered", "Attended");
		String services = pages.get("/services").body();
		assertThat(pages.post("/services", Map.of("code", "BTX", "name", "Botox", "_csrf", BrowserSession.csrf(services))).statusCode())
			.isEqualTo(302);
		assertThat(pages.get("/services").body()).contains("BTX");

		String stranger = uniqueEmail("stranger");
		registerVerified(stranger);
		BrowserSession theirs = signedIn(stranger);
		assertThat(theirs.get("/deals/" + deal).statusCode()).isEqualTo(404);
		assertThat(theirs.get("/deals/board/" + pipeline + "/stream").statusCode()).isEqualTo(404);
		assertThat(theirs.get("/deals").body()).doesNotContain("Botox");
	}

	@Test
	void theDealFormsShowEveryBadFieldNextToItsInputAndKeepWhatWasTyped() throws Exception {
		String owner = uniqueEmail("dealform");
		registerVerified(owner);
		String token = accessToken(owner);
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Fay")), token).text("id");
		BrowserSession pages = signedIn(owner);
		String form = pages.get("/deals/new?contact=" + contact).body();

		var refused = pages.post("/deals/new", Map.of("contactId", contact, "title", "   ", "valueCents", "-5",
				"campaign", "Spring " + "x".repeat(200), "_csrf", BrowserSession.csrf(form)));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("data-testid=\"title-error\"", "data-testid=\"valueCents-error\"",
				"data-testid=\"campaign-error\"", "value=\"-5\"", "value=\"Spring xxx", "is-invalid");
		var tooLong = pages.post("/deals/new", Map.of("contactId", contact, "title", "T".repeat(201),
				"_csrf", BrowserSession.csrf(form)));
		assertThat(tooLong.statusCode()).isEqualTo(200);
		assertThat(tooLong.body()).contains("data-testid=\"title-error\"", "value=\"" + "T".repeat(201) + "\"");
		assertThat(api().get("/api/v1/deals?contactId=" + contact, token).body().path("items")).isEmpty();

		String deal = api().post("/api/v1/deals", Map.of("contactId", contact, "title", "Kept"), token).text("id");
		String page = pages.get("/deals/" + deal).body();
		var edited = pages.post("/deals/" + deal, Map.of("title", " ", "valueCents", "-1", "campaign", "Typed campaign",
				"version", "0", "_csrf", BrowserSession.csrf(page)));
		assertThat(edited.statusCode()).isEqualTo(200);
		assertThat(edited.body()).contains("data-testid=\"title-error\"", "data-testid=\"valueCents-error\"",
				"value=\"Typed campaign\"", "value=\"-1\"");
		assertThat(api().get("/api/v1/deals/" + deal, token).text("title")).isEqualTo("Kept");
	}

	@Test
	void theSettingsFormsShowEveryBadFieldInPlaceAndKeepWhatWasTyped() throws Exception {
		String owner = uniqueEmail("settingsform");
		registerVerified(owner);
		String token = accessToken(owner);
		JsonNode sales = api().get("/api/v1/pipelines", token).body().path("items").get(0);
		String pipeline = sales.path("id").asString();
		String stage = sales.path("stages").get(0).path("id").asString();
		BrowserSession pages = signedIn(owner);
		String settings = pages.get("/pipelines").body();

		var pipelineRefused = pages.post("/pipelines", Map.of("name", "P".repeat(81), "template", "blank",
				"_csrf", BrowserSession.csrf(settings)));
		assertThat(pipelineRefused.statusCode()).isEqualTo(200);
		assertThat(pipelineRefused.body()).contains("value=\"" + "P".repeat(81) + "\"", "data-testid=\"field-error\"",
				"at most 80 characters");
		var nameTaken = pages.post("/pipelines", Map.of("name", "sales", "template", "blank",
				"_csrf", BrowserSession.csrf(settings)));
		assertThat(nameTaken.statusCode()).isEqualTo(200);
		assertThat(nameTaken.body()).contains("value=\"sales\"", "is already taken");
		var stageRefused = pages.post("/pipelines/" + pipeline + "/stages/" + stage, Map.of("name", "  ", "color", "#0d6efd",
				"kind", "open", "probability", "150", "_csrf", BrowserSession.csrf(settings)));
		assertThat(stageRefused.statusCode()).isEqualTo(200);
		assertThat(stageRefused.body()).contains("value=\"150\"", "must not be blank", "must be between 0 and 100");
		assertThat(api().get("/api/v1/pipelines/" + pipeline, token).body().path("stages").get(0).path("probability").asInt())
			.isEqualTo(10);

		String services = pages.get("/services").body();
		var serviceRefused = pages.post("/services", Map.of("code", "no spaces", "name", " ", "price", "-1",
				"_csrf", BrowserSession.csrf(services)));
		assertThat(serviceRefused.statusCode()).isEqualTo(200);
		assertThat(serviceRefused.body()).contains("value=\"no spaces\"", "value=\"-1\"");
		assertThat(serviceRefused.body().split("data-testid=\"field-error\"", -1)).as("code, name and price").hasSize(4);
		assertThat(api().get("/api/v1/services", token).body().path("items")).isEmpty();
	}

	@Test
	void theBoardFiltersByAContactTagPickedByName() throws Exception {
		String owner = uniqueEmail("tags");
		registerVerified(owner);
		String token = accessToken(owner);
		String vip = api().post("/api/v1/tags", Map.of("name", "Platinum"), token).text("id");
		String tagged = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Tina", "tags", List.of(vip))), token).text("id");
		String plain = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Paul")), token).text("id");
		api().post("/api/v1/deals", Map.of("contactId", tagged, "title", "Deal of Tina"), token);
		api().post("/api/v1/deals", Map.of("contactId", plain, "title", "Deal of Paul"), token);

		BrowserSession pages = signedIn(owner);
		String board = pages.get("/deals").body();
		assertThat(board).contains("data-testid=\"tag-filter\"", "value=\"" + vip + "\">Platinum</option>", "Deal of Paul");
		String filtered = pages.get("/deals?tag=" + vip).body();
		assertThat(filtered).contains("Deal of Tina", "value=\"" + vip + "\" selected=\"selected\">Platinum")
			.doesNotContain("Deal of Paul");
		assertThat(pages.get("/deals?view=list&tag=" + vip).body()).contains("Deal of Tina").doesNotContain("Deal of Paul");
		assertThat(api().get("/api/v1/deals?tagId=" + vip, token).body().path("items")).hasSize(1);
	}

	@Test
	void theBoardAndTheListFilterByACampaignPickedByName() throws Exception {
		String owner = uniqueEmail("deal-campaigns");
		registerVerified(owner);
		String token = accessToken(owner);
		String spring = api().post("/api/v1/campaigns", Map.of("name", "Spring Promo"), token).text("id");
		String sam = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Sam")), token).text("id");
		String nia = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Nia")), token).text("id");
		api().post("/api/v1/deals", Map.of("contactId", sam, "title", "Deal of Spring", "campaignId", spring), token);
		api().post("/api/v1/deals", Map.of("contactId", nia, "title", "Deal of Nobody"), token);

		BrowserSession pages = signedIn(owner);
		String board = pages.get("/deals").body();
		assertThat(board).contains("data-testid=\"campaign-filter\"", "value=\"" + spring + "\">Spring Promo</option>",
				"Deal of Spring", "Deal of Nobody");
		String filtered = pages.get("/deals?campaign=" + spring).body();
		assertThat(filtered).contains("Deal of Spring", "value=\"" + spring + "\" selected=\"selected\">Spring Promo",
				"campaign=" + spring).doesNotContain("Deal of Nobody");
		assertThat(pages.get("/deals?view=list&campaign=" + spring).body()).contains("Deal of Spring")
			.doesNotContain("Deal of Nobody");
		String pipeline = api().get("/api/v1/pipelines", token).body().path("items").get(0).path("id").asString();
		String firstStage = api().get("/api/v1/pipelines", token).body().path("items").get(0).path("stages").get(0)
			.path("id").asString();
		assertThat(pages.get("/deals/board/" + pipeline + "/columns/" + firstStage + "?campaign=" + spring).body())
			.as("a column reloaded after a move keeps the filter").contains("Deal of Spring").doesNotContain("Deal of Nobody");
	}

	@Test
	void theDealPageLinksToItsCampaignAndABlankCampaignClearsItWhereAnUnchangedOneKeepsIt() throws Exception {
		String owner = uniqueEmail("deal-campaign-clear");
		registerVerified(owner);
		String token = accessToken(owner);
		String spring = api().post("/api/v1/campaigns", Map.of("name", "Spring Promo"), token).text("id");
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Cleo")), token).text("id");
		String deal = api().post("/api/v1/deals", Map.of("contactId", contact, "title", "Peel", "campaignId", spring), token)
			.text("id");

		BrowserSession pages = signedIn(owner);
		String page = pages.get("/deals/" + deal).body();
		assertThat(page).as("the deal page links to its campaign")
			.contains("data-testid=\"campaign-link\"", "href=\"/analytics/campaigns/" + spring + "\"", "Spring Promo in Analytics");
		assertThat(pages.get("/deals/new?contact=" + contact).body()).doesNotContain("campaign-link");
		assertThat(pages.post("/deals/" + deal, Map.of("title", "Peel x2", "campaign", "Spring Promo", "version", "0",
				"_csrf", BrowserSession.csrf(page))).statusCode()).isEqualTo(302);
		JsonNode kept = api().get("/api/v1/deals/" + deal, token).body();
		assertThat(kept.path("campaignId").asString()).isEqualTo(spring);
		assertThat(kept.path("title").asString()).isEqualTo("Peel x2");

		page = pages.get("/deals/" + deal).body();
		assertThat(pages.post("/deals/" + deal, Map.of("title", "Peel x2", "campaign", "  ", "version", "1",
				"_csrf", BrowserSession.csrf(page))).statusCode()).isEqualTo(302);
		JsonNode cleared = api().get("/api/v1/deals/" + deal, token).body();
		assertThat(cleared.path("campaignId").isMissingNode() || cleared.path("campaignId").isNull()).isTrue();
		assertThat(cleared.path("campaign").isMissingNode() || cleared.path("campaign").isNull()).isTrue();
		assertThat(pages.get("/deals/" + deal).body()).doesNotContain("campaign-link");
	}

	@Test
	void theContactPageLinksToANewDealForThatContact() throws Exception {
		String owner = uniqueEmail("newdeal");
		registerVerified(owner);
		String token = accessToken(owner);
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Nora", "lastName", "Newdeal")), token).text("id");

		BrowserSession pages = signedIn(owner);
		assertThat(pages.get("/contacts/" + contact).body()).contains("href=\"/deals/new?contact=" + contact + "\"",
				"data-testid=\"new-deal\"");
		String form = pages.get("/deals/new?contact=" + contact).body();
		assertThat(form).contains("name=\"contactId\" value=\"" + contact + "\"", "Nora Newdeal");
		var created = pages.post("/deals/new", Map.of("contactId", contact, "title", "First for Nora",
				"_csrf", BrowserSession.csrf(form)));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(api().get("/api/v1/deals?contactId=" + contact, token).body().path("items").get(0).path("title").asString())
			.isEqualTo("First for Nora");
		assertThat(pages.get("/deals/new?contact=" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void theNewDealPageWithoutAContactOffersThePickerAndRefusesAFormWithoutOne() throws Exception {
		String owner = uniqueEmail("pickdeal");
		registerVerified(owner);
		String token = accessToken(owner);
		String funnel = api().post("/api/v1/pipelines", Map.of("name", "Funnel", "template", "masterclass"), token).text("id");
		BrowserSession pages = signedIn(owner);

		String form = pages.get("/deals/new?pipeline=" + funnel).body();
		assertThat(form).contains("role=\"combobox\"", "data-source=\"/contacts/picker\"")
			.containsPattern("<option value=\"" + funnel + "\"\\s+selected=\"selected\">Funnel</option>")
			.containsPattern("selected=\"selected\">Registered</option>").doesNotContain(">Lost</option>");
		var refused = pages.post("/deals/new", Map.of("pipelineId", funnel, "title", "Nobody's deal",
				"_csrf", BrowserSession.csrf(form)));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Choose a contact from the list.", "value=\"Nobody&#39;s deal\"");
		assertThat(pages.get("/deals/new/stages?pipelineId=" + funnel).body()).contains("Registered", "Attended")
			.doesNotContain("<html");
	}

	@Test
	void theListViewPagesBeyondTwoHundredDealsWithAMoreLink() throws Exception {
		String owner = uniqueEmail("manydeals");
		registerVerified(owner);
		String token = accessToken(owner);
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Mona")), token).text("id");
		String first = api().post("/api/v1/deals", Map.of("contactId", contact, "title", "Newest deal"), token).text("id");
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				insert into deals (id, organization_id, pipeline_id, stage_id, contact_id, title, status, updated_at)
				select gen_random_uuid(), organization_id, pipeline_id, stage_id, contact_id, 'Bulk ' || n, 'WON',
				       now() - n * interval '1 minute'
				from deals, generate_series(1, 205) n where id = ?
				""").param(java.util.UUID.fromString(first)).update());

		BrowserSession pages = signedIn(owner);
		String page = pages.get("/deals?view=list").body();
		assertThat(page.split("data-testid=\"deal-row\"", -1)).hasSize(201);
		assertThat(page).contains("Newest deal", "data-testid=\"more-deals\"").doesNotContain("Bulk 205<");
		String more = page.substring(page.indexOf("href=\"", page.indexOf("data-testid=\"more-deals\"")) + 6);
		more = more.substring(0, more.indexOf('"')).replace("&amp;", "&");
		String second = pages.get(more).body();
		assertThat(second.split("data-testid=\"deal-row\"", -1)).hasSize(7);
		assertThat(second).contains("Bulk 205<").doesNotContain("Newest deal", "data-testid=\"more-deals\"");
	}
}
