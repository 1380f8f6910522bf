package com.growthhub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

class DealApiIntegrationTests extends IdentityTestSupport {

	@Autowired
	private PipelineFunnel funnel;

	private String token;
	private JsonNode sales;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("deals");
		registerVerified(owner);
		token = accessToken(owner);
		sales = api().get("/api/v1/pipelines", token).body().path("items").get(0);
	}

	private String stage(int index) {
		return sales.path("stages").get(index).path("id").asString();
	}

	private String contact(String name) {
		return api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", name)), token).text("id");
	}

	private ApiClient.Response deal(Map<String, Object> fields) {
		return api().post("/api/v1/deals", fields, token);
	}

	private ApiClient.Response move(String deal, Map<String, Object> body) {
		return api().post("/api/v1/deals/" + deal + "/move", body, token);
	}

	@Test
	void aCloseDateThatHasPassedMayStayButANewOneMayNotBeInThePast() {
		String id = deal(Map.of("contactId", contact("Late"), "title", "Late deal", "expectedCloseDate",
				java.time.LocalDate.now().plusDays(3).toString())).text("id");
		java.time.LocalDate yesterday = java.time.LocalDate.now().minusDays(1);
		transactions.run(com.growthhub.platform.tenancy.TenantScope.system(new com.growthhub.platform.tenancy.Actor.Job("test")),
				() -> jdbc.sql("update deals set expected_close_date = ? where id = ?::uuid").params(yesterday, id).update());

		ApiClient.Response kept = api().exchange("PATCH", "/api/v1/deals/" + id,
				Map.of("title", "Renamed", "expectedCloseDate", yesterday.toString()), token, Map.of());
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.text("title")).isEqualTo("Renamed");
		assertThat(api().exchange("PATCH", "/api/v1/deals/" + id, Map.of("expectedCloseDate",
				yesterday.minusDays(1).toString()), token, Map.of()).status()).isEqualTo(422);
	}

	@Test
	void patchClearsServiceOwnerAndCloseDateOnExplicitNullAndKeepsAbsentFields() {
		String service = api().post("/api/v1/services", Map.of("code", "PEEL", "name", "Peel"), token).text("id");
		String me = api().get("/api/v1/me", token).text("id");
		String close = LocalDate.now().plusDays(5).toString();
		String id = deal(Map.of("contactId", contact("Clara"), "title", "Peel for Clara", "serviceId", service,
				"ownerId", me, "expectedCloseDate", close)).text("id");

		ApiClient.Response kept = api().exchange("PATCH", "/api/v1/deals/" + id, Map.of("title", "Peel x2"), token, Map.of());
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.text("serviceId")).isEqualTo(service);
		assertThat(kept.text("ownerId")).isEqualTo(me);
		assertThat(kept.text("expectedCloseDate")).isEqualTo(close);

		ApiClient.Response cleared = api().exchange("PATCH", "/api/v1/deals/" + id,
				"{\"serviceId\": null, \"ownerId\": null, \"expectedCloseDate\": null}", token, Map.of());
		assertThat(cleared.status()).as(cleared.body().toString()).isEqualTo(200);
		JsonNode deal = api().get("/api/v1/deals/" + id, token).body();
		assertThat(deal.path("serviceId").isMissingNode() || deal.path("serviceId").isNull()).isTrue();
		assertThat(deal.path("ownerId").isMissingNode() || deal.path("ownerId").isNull()).isTrue();
		assertThat(deal.path("expectedCloseDate").isMissingNode() || deal.path("expectedCloseDate").isNull()).isTrue();
		assertThat(deal.path("title").asString()).isEqualTo("Peel x2");
		assertThat(api().exchange("PATCH", "/api/v1/deals/" + id, "{\"ownerId\": 5}", token, Map.of()).status())
			.isEqualTo(422);
	}

	@Test
	void patchClearsTheCampaignOnAnExplicitNullCampaignIdAndKeepsItWhenAbsent() {
		String spring = api().post("/api/v1/campaigns", Map.of("name", "Spring Promo"), token).text("id");
		String id = deal(Map.of("contactId", contact("Cleo"), "title", "Peel for Cleo", "campaignId", spring)).text("id");

		ApiClient.Response kept = api().exchange("PATCH", "/api/v1/deals/" + id, Map.of("title", "Peel x2"), token, Map.of());
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.text("campaignId")).isEqualTo(spring);
		assertThat(kept.text("campaign")).isEqualTo("Spring Promo");

		ApiClient.Response cleared = api().exchange("PATCH", "/api/v1/deals/" + id, "{\"campaignId\": null}", token,
				Map.of());
		assertThat(cleared.status()).as(cleared.body().toString()).isEqualTo(200);
		JsonNode deal = api().get("/api/v1/deals/" + id, token).body();
		assertThat(deal.path("campaignId").isMissingNode() || deal.path("campaignId").isNull()).isTrue();
		assertThat(deal.path("campaign").isMissingNode() || deal.path("campaign").isNull()).isTrue();
		assertThat(deal.path("title").asString()).isEqualTo("Peel x2");
		assertThat(api().get("/api/v1/deals?campaignId=" + spring, token).body().path("items")).isEmpty();

		JsonNode named = api().exchange("PATCH", "/api/v1/deals/" + id,
				"{\"campaignId\": null, \"campaign\": \"spring promo\"}", token, Map.of()).body();
		assertThat(named.path("campaignId").asString()).as("a name sent along wins over clearing").isEqualTo(spring);
		assertThat(api().exchange("PATCH", "/api/v1/deals/" + id, "{\"campaignId\": 5}", token, Map.of()).status())
			.isEqualTo(422);
		assertThat(api().get("/api/v1/deals/" + id, token).text("campaignId")).isEqualTo(spring);
	}

	@Test
	void createsReadsListsAndEditsADeal() {
		String service = api().post("/api/v1/services", Map.of("code", "FILLER", "name", "Filler"), token).text("id");
		String ada = contact("Ada");
		ApiClient.Response created = deal(Map.of("contactId", ada, "title", "Filler for Ada", "valueCents", 65000,
				"currency", "eur", "serviceId", service, "expectedCloseDate", LocalDate.now().plusDays(7).toString(),
				"campaign", "Spring"));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		assertThat(created.text("stageName")).isEqualTo("New");
		assertThat(created.text("status")).isEqualTo("open");
		assertThat(created.text("currency")).isEqualTo("EUR");
		assertThat(created.text("contactName")).isEqualTo("Ada Tester");
		assertThat(created.text("pipelineId")).isEqualTo(sales.path("id").asString());
		String id = created.text("id");

		assertThat(api().get("/api/v1/deals/" + id, token).body().path("valueCents").asLong()).isEqualTo(65000);
		ApiClient.Response patched = api().exchange("PATCH", "/api/v1/deals/" + id, Map.of("title", "Filler x2", "valueCents", 130000),
				token, Map.of());
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.text("title")).isEqualTo("Filler x2");
		assertThat(patched.body().path("version").asLong()).isEqualTo(1);
		assertThat(api().exchange("PATCH", "/api/v1/deals/" + id, Map.of("title", "Stale", "version", 0), token, Map.of()).status())
			.isEqualTo(409);

		for (int i = 0; i < 3; i++) {
			deal(Map.of("contactId", contact("C" + i), "title", "Deal " + i));
		}
		ApiClient.Response first = api().get("/api/v1/deals?limit=2&pipelineId=" + sales.path("id").asString(), token);
		assertThat(first.body().path("items")).hasSize(2);
		ApiClient.Response second = api().get("/api/v1/deals?limit=2&cursor=" + first.body().path("nextCursor").asString(), token);
		assertThat(second.body().path("items")).hasSize(2);
		assertThat(second.body().path("nextCursor").asString("")).isEmpty();
		assertThat(api().get("/api/v1/deals?contactId=" + ada, token).body().path("items")).hasSize(1);
		ApiClient.Response won = api().get("/api/v1/deals?status=won", token);
		assertThat(won.status()).isEqualTo(200);
		assertThat(won.body().path("items").isArray()).isTrue();
		assertThat(won.body().path("items")).isEmpty();
		assertThat(api().get("/api/v1/deals?status=open", token).body().path("items")).hasSize(4);
		assertThat(api().get("/api/v1/deals?cursor=garbage", token).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/deals?status=maybe", token).status()).isEqualTo(400);
	}

	@Test
	void badInputIsRefusedWithProblems() {
		String ada = contact("Ada");
		assertThat(api().post("/api/v1/deals", "{\"contactId\": ", token).status()).isEqualTo(400);
		assertThat(deal(Map.of("title", "No contact")).status()).isEqualTo(400);
		assertThat(deal(Map.of("contactId", ada, "title", "")).status()).isEqualTo(400);
		assertThat(deal(Map.of("contactId", ada, "title", "Neg", "valueCents", -1)).status()).isEqualTo(400);
		ApiClient.Response past = deal(Map.of("contactId", ada, "title", "Past", "expectedCloseDate",
				LocalDate.now().minusDays(1).toString()));
		assertThat(past.status()).isEqualTo(422);
		assertThat(past.headers().getContentType().toString()).contains("problem+json");
		assertThat(deal(Map.of("contactId", ada, "title", "Owner", "ownerId", java.util.UUID.randomUUID().toString())).status())
			.isEqualTo(422);
		assertThat(deal(Map.of("contactId", ada, "title", "Svc", "serviceId", java.util.UUID.randomUUID().toString())).status())
			.isEqualTo(422);
		assertThat(deal(Map.of("contactId", java.util.UUID.randomUUID().toString(), "title", "Ghost")).status()).isEqualTo(404);
		String other = api().post("/api/v1/pipelines", Map.of("name", "Other", "template", "default"), token).text("id");
		ApiClient.Response foreignStage = deal(Map.of("contactId", ada, "title", "Mixed", "pipelineId", other, "stageId", stage(0)));
		assertThat(foreignStage.status()).isEqualTo(422);
		assertThat(api().get("/api/v1/deals/" + java.util.UUID.randomUUID(), token).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/deals/not-a-uuid", token).status()).isEqualTo(400);
	}

	@Test
	void aContactHasOneOpenDealPerPipelineUnlessItAllowsMore() {
		String ada = contact("Ada");
		String first = deal(Map.of("contactId", ada, "title", "First")).text("id");
		ApiClient.Response second = deal(Map.of("contactId", ada, "title", "Second"));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.text("existingId")).isEqualTo(first);

		assertThat(move(first, Map.of("stageId", stage(3))).status()).isEqualTo(200);
		String reopened = deal(Map.of("contactId", ada, "title", "Second")).text("id");
		assertThat(reopened).isNotBlank();
		assertThat(move(first, Map.of("stageId", stage(0))).status()).isEqualTo(409);

		api().exchange("PATCH", "/api/v1/pipelines/" + sales.path("id").asString(), Map.of("allowMultipleOpenDeals", true), token,
				Map.of());
		assertThat(deal(Map.of("contactId", ada, "title", "Third")).status()).isEqualTo(201);
	}

	@Test
	void movesRecordHistoryAndLostNeedsAReason() {
		String id = deal(Map.of("contactId", contact("Ada"), "title", "Laser")).text("id");
		Instant before = Instant.now();
		ApiClient.Response moved = move(id, Map.of("stageId", stage(1)));
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.text("stageName")).isEqualTo("Contacted");
		ApiClient.Response noReason = move(id, Map.of("stageId", stage(4)));
		assertThat(noReason.status()).isEqualTo(422);
		ApiClient.Response lost = move(id, Map.of("stageId", stage(4), "lostReason", "Too expensive"));
		assertThat(lost.text("status")).isEqualTo("lost");
		assertThat(lost.text("lostReason")).isEqualTo("Too expensive");

		JsonNode history = api().get("/api/v1/deals/" + id + "/history", token).body().path("items");
		assertThat(history).hasSize(3);
		assertThat(history.get(0).path("fromStageId").asString("")).isEmpty();
		assertThat(history.get(0).path("toStageName").asString()).isEqualTo("New");
		assertThat(history.get(1).path("fromStageName").asString()).isEqualTo("New");
		assertThat(history.get(2).path("toStageName").asString()).isEqualTo("Lost");
		assertThat(history.get(2).path("changedBy").asString()).isNotBlank();
		for (JsonNode entry : history) {
			assertThat(Instant.parse(entry.path("changedAt").asString())).isBeforeOrEqualTo(Instant.now());
			assertThat(entry.path("secondsInStage").asLong()).isNotNegative();
		}
		assertThat(Instant.parse(history.get(1).path("changedAt").asString())).isAfterOrEqualTo(before.minusSeconds(1));
	}

	@Test
	void badMovesAreRefused() {
		String id = deal(Map.of("contactId", contact("Ada"), "title", "Laser")).text("id");
		String other = api().post("/api/v1/pipelines", Map.of("name", "Other", "template", "default"), token).body()
			.path("stages").get(1).path("id").asString();
		assertThat(move(id, Map.of("stageId", other)).status()).isEqualTo(422);
		assertThat(move(id, Map.of("stageId", java.util.UUID.randomUUID().toString())).status()).isEqualTo(422);
		assertThat(move(id, Map.of()).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/deals/" + id + "/move", "not json", token).status()).isEqualTo(400);
		ApiClient.Response stale = move(id, Map.of("stageId", stage(1), "version", 7));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.text("stageId")).isEqualTo(stage(0));
	}

	@Test
	void listsAndBoardsTheDealsOfACampaignAndNothingForAnotherOrganizationsCampaign() {
		String spring = api().post("/api/v1/campaigns", Map.of("name", "Spring Promo"), token).text("id");
		String inSpring = deal(Map.of("contactId", contact("Sam"), "title", "Spring deal", "campaignId", spring)).text("id");
		deal(Map.of("contactId", contact("Nia"), "title", "Fair deal", "campaign", "Autumn Fair"));
		deal(Map.of("contactId", contact("Noe"), "title", "No campaign"));

		JsonNode filtered = api().get("/api/v1/deals?campaignId=" + spring, token).body();
		assertThat(filtered.path("items").valueStream().map(d -> d.path("id").asString()).toList()).containsExactly(inSpring);
		assertThat(api().get("/api/v1/deals", token).body().path("items")).hasSize(3);
		JsonNode board = api().get("/api/v1/pipelines/" + sales.path("id").asString() + "/board?campaignId=" + spring, token)
			.body();
		assertThat(board.path("columns").valueStream().mapToLong(c -> c.path("count").asLong()).sum()).isEqualTo(1);
		assertThat(api().get("/api/v1/deals?campaignId=not-an-id", token).status()).isEqualTo(400);

		String stranger = uniqueEmail("campaign-stranger");
		registerVerified(stranger);
		String strangerToken = accessToken(stranger);
		String theirs = api().post("/api/v1/campaigns", Map.of("name", "Their Launch"), strangerToken).text("id");
		ApiClient.Response mine = api().get("/api/v1/deals?campaignId=" + theirs, token);
		assertThat(mine.status()).as("as the contact list: another organization's campaign finds nothing").isEqualTo(200);
		assertThat(mine.body().path("items")).isEmpty();
		assertThat(api().get("/api/v1/deals?campaignId=" + spring, strangerToken).body().path("items")).isEmpty();
	}

	@Test
	void anotherOrganizationsDealsAndContactsAreNotFound() {
		String id = deal(Map.of("contactId", contact("Ada"), "title", "Mine")).text("id");
		String stranger = uniqueEmail("stranger");
		registerVerified(stranger);
		String strangerToken = accessToken(stranger);
		assertThat(api().get("/api/v1/deals/" + id, strangerToken).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/deals/" + id + "/move", Map.of("stageId", stage(1)), strangerToken).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/deals/" + id + "/history", strangerToken).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/deals/" + id, Map.of("title", "Theirs"), strangerToken, Map.of()).status())
			.isEqualTo(404);
		assertThat(api().post("/api/v1/deals", Map.of("contactId", contact("Bob"), "title", "Steal"), strangerToken).status())
			.isEqualTo(404);
		assertThat(api().get("/api/v1/deals", strangerToken).body().path("items")).isInstanceOf(ArrayNode.class).isEmpty();
	}

	@Test
	void ofTwoConcurrentMovesExactlyOneWins() throws Exception {
		String id = deal(Map.of("contactId", contact("Ada"), "title", "Race")).text("id");
		for (int round = 0; round < 3; round++) {
			JsonNode now = api().get("/api/v1/deals/" + id, token).body();
			long version = now.path("version").asLong();
			List<String> targets = new ArrayList<>(List.of(stage(0), stage(1), stage(2)));
			targets.remove(now.path("stageId").asString());
			CountDownLatch start = new CountDownLatch(1);
			List<Future<ApiClient.Response>> answers = new ArrayList<>();
			try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
				for (String target : targets) {
					answers.add(pool.submit(() -> {
						start.await();
						return move(id, Map.of("stageId", target, "version", version));
					}));
				}
				start.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<ApiClient.Response> answer : answers) {
					statuses.add(answer.get().status());
				}
				assertThat(statuses).containsExactlyInAnyOrder(200, 409);
				String realStage = api().get("/api/v1/deals/" + id, token).text("stageId");
				for (Future<ApiClient.Response> answer : answers) {
					if (answer.get().status() == 409) {
						assertThat(answer.get().text("stageId")).isEqualTo(realStage);
						assertThat(answer.get().headers().getContentType().toString()).contains("problem+json");
					}
				}
			}
		}
		assertThat(api().get("/api/v1/deals/" + id + "/history", token).body().path("items")).hasSize(4);
	}

	@Test
	void assigningAndWinningNotifies() {
		String memberToken = invitedMember(token, "member");
		String memberId = api().get("/api/v1/me", memberToken).text("id");
		String id = deal(Map.of("contactId", contact("Ada"), "title", "Assigned", "ownerId", memberId)).text("id");
		// Notifications follow the deal's events after commit: wait for them.
		await().untilAsserted(() -> assertThat(inbox(memberToken)).contains("deal_assigned").contains("/deals/" + id));
		assertThat(move(id, Map.of("stageId", stage(3))).status()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(inbox(memberToken)).contains("deal_won"));
		await().untilAsserted(() -> assertThat(inbox(token)).contains("deal_won"));
		assertThat(inbox(token)).doesNotContain("deal_assigned");
	}

	private String inbox(String accessToken) {
		return api().get("/api/v1/notifications", accessToken).body().path("items").toString();
	}

	@Test
	void theBoardCountsAndSumsEveryColumnAndPagesCards() {
		api().exchange("PATCH", "/api/v1/pipelines/" + sales.path("id").asString(), Map.of("allowMultipleOpenDeals", true), token,
				Map.of());
		String ada = contact("Ada");
		for (int i = 0; i < 30; i++) {
			deal(Map.of("contactId", ada, "title", "Deal " + i, "valueCents", 100));
		}
		JsonNode board = api().get("/api/v1/pipelines/" + sales.path("id").asString() + "/board", token).body();
		JsonNode first = board.path("columns").get(0);
		assertThat(first.path("count").asLong()).isEqualTo(30);
		assertThat(first.path("valueCents").asLong()).isEqualTo(3000);
		assertThat(first.path("cards")).hasSize(25);
		assertThat(board.path("columns").get(1).path("count").asLong()).isZero();
		JsonNode more = api().get("/api/v1/pipelines/" + sales.path("id").asString() + "/board/stages/" + stage(0) + "?cursor="
				+ first.path("nextCursor").asString(), token).body();
		assertThat(more.path("cards")).hasSize(5);
		assertThat(more.path("nextCursor").asString("")).isEmpty();
	}

	@Test
	void theMasterclassFunnelMovesAContactByStageName() {
		String ada = contact("Ada");
		OrganizationId organization = OrganizationId.of(java.util.UUID.fromString(
				api().get("/api/v1/me", token).text("organizationId")));
		ContactId contact = ContactId.of(java.util.UUID.fromString(ada));
		Actor masterclasses = new Actor.Job("masterclasses");
		var registered = funnel.moveContact(organization, masterclasses, contact, PipelineFunnel.MASTERCLASS, "REGISTERED",
				"Masterclass");
		assertThat(registered).isPresent();
		assertThat(funnel.moveContact(organization, masterclasses, contact, "masterclass", "paid", "Masterclass"))
			.isEqualTo(registered);
		JsonNode deal = api().get("/api/v1/deals/" + registered.get(), token).body();
		assertThat(deal.path("stageName").asString()).isEqualTo("Paid");
		assertThat(api().get("/api/v1/deals/" + registered.get() + "/history", token).body().path("items")).hasSize(2);
		assertThat(funnel.moveContact(organization, masterclasses, contact, "masterclass", "nowhere", "x")).isEmpty();
	}
}
