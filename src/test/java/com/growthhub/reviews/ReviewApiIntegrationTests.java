package com.growthhub.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.reviews.internal.ReviewOverdueFlags;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * The reviews API: the inbox's filters and pages, drafting, approving and posting with the history and audit trail,
 * the client-approval rule, privacy mode's check, low-rating notifications, overdue flags and tenancy.
 */
class ReviewApiIntegrationTests extends IdentityTestSupport {

	@Autowired
	ReviewLog reviewLog;

	@Autowired
	ReviewOverdueFlags overdue;

	OrganizationId organization;
	String token;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("reviews-api");
		registerVerified(owner);
		token = accessToken(owner);
		organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/me", token).text("organizationId")));
	}

	@Test
	void listsNewestFirstInPagesAndFilters() {
		String older = record(ReviewFixtures.review("north", 5, "Lovely staff", "Ann Lee",
				Instant.now().minus(3, ChronoUnit.HOURS)));
		String middle = record(ReviewFixtures.review("north", 3, "Okay", "Bob Stone",
				Instant.now().minus(2, ChronoUnit.HOURS)));
		String newest = record(ReviewFixtures.review("south", 5, "Great", "Cy Young"));

		JsonNode first = api().get("/api/v1/reviews?limit=2", token).body();
		assertThat(ids(first)).containsExactly(newest, middle);
		JsonNode second = api().get("/api/v1/reviews?limit=2&cursor=" + first.path("nextCursor").asString(), token)
			.body();
		assertThat(ids(second)).containsExactly(older);
		assertThat(second.path("nextCursor").isMissingNode() || second.path("nextCursor").isNull()).isTrue();

		assertThat(ids(api().get("/api/v1/reviews?rating=5", token).body())).containsExactly(newest, older);
		assertThat(ids(api().get("/api/v1/reviews?state=pending", token).body())).hasSize(3);
		assertThat(ids(api().get("/api/v1/reviews?state=responded", token).body())).isEmpty();
		JsonNode locations = api().get("/api/v1/reviews/locations", token).body();
		String north = locations.path("items").valueStream().filter(l -> l.path("name").asString().equals("Clinic north"))
			.findFirst().orElseThrow().path("id").asString();
		assertThat(ids(api().get("/api/v1/reviews?locationId=" + north, token).body())).containsExactly(middle, older);

		JsonNode item = api().get("/api/v1/reviews?rating=3", token).body().path("items").get(0);
		assertThat(item.path("state").asString()).isEqualTo("pending");
		assertThat(item.path("reviewerName").asString()).isEqualTo("Bob Stone");
		assertThat(item.path("locationName").asString()).isEqualTo("Clinic north");

		assertField(api().get("/api/v1/reviews?state=open", token), "state");
		assertField(api().get("/api/v1/reviews?rating=6", token), "rating");
		assertField(api().get("/api/v1/reviews?locationId=north", token), "locationId");
		assertThat(api().get("/api/v1/reviews?cursor=nonsense", token).status()).isEqualTo(400);
	}

	@Test
	void aReplyIsDraftedApprovedAndPostedWithItsHistoryAndAuditTrail() {
		String id = record(ReviewFixtures.review("east", 5, "Wonderful service", "Dana Scully"));

		ApiClient.Response drafted = api().post("/api/v1/reviews/" + id + "/draft", null, token);
		assertThat(drafted.status()).as(drafted.body().toString()).isEqualTo(200);
		JsonNode review = drafted.body().path("review");
		assertThat(review.path("state").asString()).isEqualTo("draft");
		assertThat(review.path("replyText").asString()).startsWith("Hi Dana,").contains("5-star").doesNotContain("{{");
		assertThat(review.path("replySource").asString()).isEqualTo("rules");

		JsonNode edited = api().exchange("PATCH", "/api/v1/reviews/" + id, Map.of("replyText", "Thank you, Dana!"),
				token, Map.of()).body();
		assertThat(edited.path("review").path("replyText").asString()).isEqualTo("Thank you, Dana!");
		assertThat(edited.path("review").path("replySource").asString()).isEqualTo("person");

		assertThat(state(api().post("/api/v1/reviews/" + id + "/approve", null, token))).isEqualTo("approved");
		ApiClient.Response posted = api().post("/api/v1/reviews/" + id + "/respond", null, token);
		assertThat(state(posted)).isEqualTo("responded");
		assertThat(posted.body().path("review").path("repliedAt").asString()).isNotBlank();
		List<String> moves = posted.body().path("history").valueStream()
			.map(h -> h.path("fromState").asString("") + ">" + h.path("toState").asString()).toList();
		assertThat(moves).containsExactly("approved>responded", "draft>approved", "draft>draft", "pending>draft", ">pending");

		assertThat(state(api().post("/api/v1/reviews/" + id + "/flag", null, token))).as("refused").isEqualTo("422");
		assertThat(api().exchange("PATCH", "/api/v1/reviews/" + id, Map.of("replyText", "Again"), token, Map.of())
			.status()).isEqualTo(422);
		JsonNode audit = api().get("/api/v1/audit-events?entityType=review&entityId=" + id, token).body();
		assertThat(audit.path("items").size()).as("created and each change").isGreaterThanOrEqualTo(4);
	}

	@Test
	void withTheClientApprovalRuleADraftIsApprovedBeforeItIsPosted() {
		ApiClient.Response rules = api().exchange("PUT", "/api/v1/reviews/settings",
				Map.of("clientApprovalRequired", true), token, Map.of());
		assertThat(rules.status()).as(rules.body().toString()).isEqualTo(200);
		assertThat(rules.body().path("clientApprovalRequired").asBoolean()).isTrue();
		String id = record(ReviewFixtures.review("west", 4, "Nice", "Eve Polastri"));
		api().exchange("PATCH", "/api/v1/reviews/" + id, Map.of("replyText", "Thanks Eve!"), token, Map.of());

		ApiClient.Response refused = api().post("/api/v1/reviews/" + id + "/respond", null, token);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("reason")).contains("requires the client's approval");
		assertThat(refused.text("title")).isEqualTo("Review cannot be posted");

		String client = invitedMember(token, "client");
		assertThat(api().exchange("PATCH", "/api/v1/reviews/" + id, Map.of("replyText", "x"), client, Map.of()).status())
			.as("a client approves, never writes").isEqualTo(403);
		assertThat(api().post("/api/v1/reviews/" + id + "/approve", null, token).status())
			.as("an account with a client waits for the client's approval, not its staff's").isEqualTo(403);
		assertThat(state(api().post("/api/v1/reviews/" + id + "/approve", null, client))).isEqualTo("approved");
		assertThat(state(api().post("/api/v1/reviews/" + id + "/respond", null, token))).isEqualTo("responded");

		api().exchange("PUT", "/api/v1/reviews/settings", Map.of("clientApprovalRequired", false), token, Map.of());
		String other = record(ReviewFixtures.review("west", 4, "Fine", "Fay"));
		api().exchange("PATCH", "/api/v1/reviews/" + other, Map.of("replyText", "Thanks Fay!"), token, Map.of());
		assertThat(state(api().post("/api/v1/reviews/" + other + "/respond", null, token))).as("rule off")
			.isEqualTo("responded");
		assertField(api().exchange("PUT", "/api/v1/reviews/settings", Map.of("tone", "grumpy"), token, Map.of()), "tone");
		String member = invitedMember(token, "member");
		assertThat(api().exchange("PUT", "/api/v1/reviews/settings", Map.of(), member, Map.of()).status()).isEqualTo(403);
	}

	@Test
	void privacyModeRefusesRepliesThatConfirmAPatientOrNameATreatment() {
		api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", true), token, Map.of());
		String id = record(ReviewFixtures.review("clinic", 5, "My Botox was perfect!", "Gil Grissom"));

		JsonNode drafted = api().post("/api/v1/reviews/" + id + "/draft", null, token).body();
		assertThat(drafted.path("review").path("replyText").asString()).doesNotContainIgnoringCase("botox");
		assertThat(drafted.path("privacyRefusal").isNull() || drafted.path("privacyRefusal").isMissingNode()).isTrue();

		JsonNode risky = api().exchange("PATCH", "/api/v1/reviews/" + id,
				Map.of("replyText", "So glad your visit and the Botox went well!"), token, Map.of()).body();
		assertThat(risky.path("privacyRefusal").asString()).contains("\"your visit\"", "\"botox\"");
		ApiClient.Response approve = api().post("/api/v1/reviews/" + id + "/approve", null, token);
		assertThat(approve.status()).isEqualTo(422);
		assertThat(approve.text("reason")).contains("must not confirm the reviewer is a patient");
		ApiClient.Response respond = api().post("/api/v1/reviews/" + id + "/respond", null, token);
		assertThat(respond.status()).isEqualTo(422);
		assertThat(respond.text("reason")).contains("name a treatment (\"botox\")");
		assertThat(api().get("/api/v1/reviews/" + id, token).body().path("review").path("state").asString())
			.isEqualTo("draft");

		api().exchange("PATCH", "/api/v1/reviews/" + id, Map.of("replyText", "Thank you for the kind words!"), token,
				Map.of());
		assertThat(state(api().post("/api/v1/reviews/" + id + "/respond", null, token))).isEqualTo("responded");

		api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", false), token, Map.of());
		String open = record(ReviewFixtures.review("clinic", 5, "Great", "Hank"));
		api().exchange("PATCH", "/api/v1/reviews/" + open, Map.of("replyText", "Glad your visit went well!"), token,
				Map.of());
		assertThat(state(api().post("/api/v1/reviews/" + open + "/respond", null, token))).as("privacy mode off")
			.isEqualTo("responded");
	}

	@Test
	void lowRatingsNotifyTheManagersAndOverdueReviewsAreFlagged() {
		String member = invitedMember(token, "member");
		String low = record(ReviewFixtures.review("north", 1, "Rude front desk", "Ian Malcolm",
				Instant.now().minus(100, ChronoUnit.HOURS)));
		String recent = record(ReviewFixtures.review("north", 2, "Slow", "Jo"));
		api().exchange("PATCH", "/api/v1/reviews/" + recent, Map.of("replyText", "Sorry, Jo"), token, Map.of());
		record(ReviewFixtures.review("north", 4, "Good", "Kim"));
		record(ReviewFixtures.review("north", 1, "Years ago", "Old Timer", Instant.now().minus(30, ChronoUnit.DAYS)));

		assertThat(titles(token)).contains("1-star review of Clinic north by Ian Malcolm",
				"2-star review of Clinic north by Jo").noneMatch(title -> title.contains("Kim"))
			.as("history read on a first sync is no news").noneMatch(title -> title.contains("Old Timer"));
		assertThat(titles(member)).noneMatch(title -> title.contains("review of"));

		overdue.flagOverdue(Instant.now());
		JsonNode flagged = api().get("/api/v1/reviews/" + low, token).body();
		assertThat(flagged.path("review").path("state").asString()).isEqualTo("flagged");
		assertThat(flagged.path("review").path("flagReason").asString()).isEqualTo("Unanswered for more than 72 hours");
		assertThat(flagged.path("history").get(0).path("actor").asString()).isEqualTo("job:review-overdue");
		assertThat(api().get("/api/v1/reviews/" + recent, token).body().path("review").path("state").asString())
			.isEqualTo("draft");

		overdue.flagOverdue(Instant.now().plus(73, ChronoUnit.HOURS));
		assertThat(api().get("/api/v1/reviews/" + recent, token).body().path("review").path("state").asString())
			.as("a draft left unanswered too").isEqualTo("flagged");
		assertThat(state(api().post("/api/v1/reviews/" + low + "/draft", null, token))).as("a person takes it over")
			.isEqualTo("draft");
	}

	@Test
	void anotherOrganizationsReviewAnswers404() {
		String id = record(ReviewFixtures.review("north", 5, "Great", "Lu"));
		String stranger = uniqueEmail("reviews-stranger");
		registerVerified(stranger);
		String strangerToken = accessToken(stranger);

		assertThat(api().get("/api/v1/reviews/" + id, strangerToken).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/reviews/" + id + "/draft", null, strangerToken).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/reviews/" + id, Map.of("replyText", "Hi"), strangerToken, Map.of())
			.status()).isEqualTo(404);
		assertThat(api().post("/api/v1/reviews/" + id + "/approve", null, strangerToken).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/reviews/" + id + "/respond", null, strangerToken).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/reviews/" + id + "/flag", null, strangerToken).status()).isEqualTo(404);
		assertThat(ids(api().get("/api/v1/reviews", strangerToken).body())).isEmpty();
		assertThat(api().get("/api/v1/reviews/" + UUID.randomUUID(), token).status()).isEqualTo(404);
	}

	private String record(IncomingReview review) {
		return reviewLog.record(organization, ReviewFixtures.PROVIDER, review).reviewId().toString();
	}

	private List<String> titles(String who) {
		return api().get("/api/v1/notifications", who).body().path("items").valueStream()
			.map(item -> item.path("title").asString()).toList();
	}

	/** The review's state after a move, or the refusal's status. */
	private static String state(ApiClient.Response answer) {
		if (answer.status() != 200) {
			return Integer.toString(answer.status());
		}
		return answer.body().path("review").path("state").asString();
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.path("items").valueStream().forEach(item -> ids.add(item.path("id").asString()));
		return ids;
	}

	private static void assertField(ApiClient.Response answer, String field) {
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
		assertThat(answer.body().path("errors").toString()).contains("\"field\":\"" + field + "\"");
	}
}
