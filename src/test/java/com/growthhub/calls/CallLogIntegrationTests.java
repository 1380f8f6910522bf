package com.growthhub.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.growthhub.calls.internal.CallEdit;
import com.growthhub.contacts.ContactMother;
import com.growthhub.calls.internal.CallReviews;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * The call log as providers use it: storing, matching the caller, classifying, and the two-way rating without echo at
 * this module's boundary (the provider's ratings come in through {@link CallLog#record}, ours go out as
 * {@link CallRated}).
 */
@RecordApplicationEvents
class CallLogIntegrationTests extends IdentityTestSupport {

	@Autowired
	CallLog callLog;

	@Autowired
	CallReviews reviews;

	@Autowired
	ApplicationEvents events;

	OrganizationId organization;
	Actor person;
	String token;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("calls");
		registerVerified(owner);
		token = accessToken(owner);
		JsonNode me = api().get("/api/v1/me", token).body();
		organization = OrganizationId.of(UUID.fromString(me.path("organizationId").asString()));
		person = new Actor.User(UUID.fromString(me.path("id").asString()));
	}

	@Test
	void newCallerBecomesALeadFromCtmAndTheCallIsClassified() {
		RecordedCall recorded = callLog.record(organization, "ctm",
				CallFixtures.answered(CallFixtures.externalId(), "(415) 555-0133", null,
						"Hi, I'm ready to book an appointment for an installation this week, can I pay a deposit today?"));

		assertThat(recorded.created()).isTrue();
		assertThat(recorded.reclassified()).isTrue();
		Map<String, Object> call = call(recorded.callId());
		assertThat(call).containsEntry("caller_number", "+14155550133").containsEntry("category", "very_good")
			.containsEntry("classified_by", "rules").containsEntry("reviewed", true);
		assertThat(((Number) call.get("rating")).intValue()).isEqualTo(4);
		UUID contactId = (UUID) call.get("contact_id");
		ApiClient.Response contact = api().get("/api/v1/contacts/" + contactId, token);
		assertThat(contact.status()).isEqualTo(200);
		assertThat(contact.text("source")).isEqualTo("ctm");
		assertThat(contact.text("type")).isEqualTo("lead");
		assertThat(contact.text("phone")).isEqualTo("+14155550133");
		assertThat(history(recorded.callId())).contains("category:unreviewed>very_good:classifier:rules");
		assertThat(api().get("/api/v1/contacts/" + contactId + "/interactions", token).body().toString())
			.contains("\"call\"");
		assertThat(inScope(() -> jdbc.sql("select count(*) from audit_events where entity_type = 'call' and entity_id = ?")
			.param(recorded.callId().value()).query(Long.class).single())).isGreaterThanOrEqualTo(2);
	}

	@Test
	void knownCallerIsMatchedByPhoneWhateverTheFormatting() {
		ApiClient.Response created = api().post("/api/v1/contacts",
				com.growthhub.contacts.ContactMother.complete(Map.of("firstName", "Ada", "phone", "+1 (415) 555-0144")), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);

		RecordedCall recorded = callLog.record(organization, "ctm",
				CallFixtures.answered(CallFixtures.externalId(), "415.555.0144", null, "What time do you open on Saturday?"));

		assertThat(call(recorded.callId())).containsEntry("contact_id", UUID.fromString(created.text("id")));
	}

	@Test
	void reportingTheSameCallTwiceChangesNothing() {
		IncomingCall call = CallFixtures.answered(CallFixtures.externalId(), "+14155550155", 3,
				"How much does the premium plan cost? Can you email me a quote?");
		RecordedCall first = callLog.record(organization, "ctm", call);
		Map<String, Object> stored = call(first.callId());
		List<String> history = history(first.callId());

		RecordedCall second = callLog.record(organization, "ctm", call);

		assertThat(second).isEqualTo(new RecordedCall(first.callId(), false, false, false));
		assertThat(call(first.callId())).isEqualTo(stored);
		assertThat(history(first.callId())).isEqualTo(history);
	}

	@Test
	void missedCallsAreUnansweredAndATranscriptArrivingLaterReclassifies() {
		RecordedCall missed = callLog.record(organization, "ctm", CallFixtures.missed(CallFixtures.externalId(), "+14155550166"));
		assertThat(call(missed.callId())).containsEntry("category", "unanswered").containsEntry("rating", null);

		IncomingCall early = CallFixtures.answered(CallFixtures.externalId(), "+14155550166", null);
		RecordedCall waiting = callLog.record(organization, "ctm", early);
		assertThat(call(waiting.callId())).containsEntry("category", "unreviewed").containsEntry("reviewed", false);

		RecordedCall transcribed = callLog.record(organization, "ctm",
				CallFixtures.withTranscript(early, "Are you hiring? I'd like to apply for the technician position, I can send my resume."));
		assertThat(transcribed.reclassified()).isTrue();
		assertThat(call(waiting.callId())).containsEntry("category", "applicant");
	}

	@Test
	void aPersonsCategoryIsNotReclassifiedByANewTranscript() {
		IncomingCall call = CallFixtures.answered(CallFixtures.externalId(), "+14155550177", null, "Hello?");
		RecordedCall recorded = callLog.record(organization, "ctm", call);
		reviews.edit(organization, person, recorded.callId().value(), CallEdit.category(com.growthhub.calls.internal.CallCategory.NEEDS_ATTENTION));

		RecordedCall again = callLog.record(organization, "ctm",
				CallFixtures.withTranscript(call, "This is an automated call about your car's extended warranty, press 1."));

		assertThat(again.reclassified()).isFalse();
		assertThat(call(recorded.callId())).containsEntry("category", "needs_attention");
	}

	@Test
	void ratingHereIsAnnouncedOnceAndTheProvidersOldRatingCannotUndoIt() {
		IncomingCall call = CallFixtures.answered(CallFixtures.externalId(), "+14155550188", null,
				"How much is a quote for the kitchen?");
		RecordedCall recorded = callLog.record(organization, "ctm", call);
		UUID id = recorded.callId().value();

		reviews.edit(organization, person, id, CallEdit.rating(5));

		assertThat(events.stream(CallRated.class)).singleElement().satisfies(rated -> {
			assertThat(rated.callId()).isEqualTo(recorded.callId());
			assertThat(rated.externalId()).isEqualTo(call.externalId());
			assertThat(rated.provider()).isEqualTo("ctm");
			assertThat(rated.rating()).isEqualTo(5);
		});
		assertThat(call(recorded.callId())).containsEntry("category", "converted").containsEntry("rating_push_pending", true);

		// A sync that read the provider before the push reports the old rating: ignored while the push is pending.
		RecordedCall stale = callLog.record(organization, "ctm", CallFixtures.withRating(call, 3));
		assertThat(stale.ratingTaken()).isFalse();
		assertThat(call(recorded.callId())).containsEntry("category", "converted");

		callLog.ratingPushed(organization, recorded.callId(), 5);
		assertThat(call(recorded.callId())).containsEntry("rating_push_pending", false);

		// The provider now reports what we pushed: nothing new, nothing taken, nothing announced.
		assertThat(callLog.record(organization, "ctm", CallFixtures.withRating(call, 5)).ratingTaken()).isFalse();
		assertThat(events.stream(CallRated.class)).hasSize(1);
	}

	@Test
	void aRatingChangedAtTheProviderIsTakenWithoutEcho() {
		IncomingCall call = CallFixtures.answered(CallFixtures.externalId(), "+14155550199", null,
				"How much is a quote for the kitchen?");
		RecordedCall recorded = callLog.record(organization, "ctm", call);
		assertThat(call(recorded.callId())).containsEntry("category", "warm");

		RecordedCall rated = callLog.record(organization, "ctm", CallFixtures.withRating(call, 2));

		assertThat(rated.ratingTaken()).isTrue();
		assertThat(call(recorded.callId())).containsEntry("category", "not_a_fit").containsEntry("rating_push_pending", false);
		assertThat(history(recorded.callId())).contains("rating:3>2:provider:ctm", "category:warm>not_a_fit:provider:ctm");
		assertThat(events.stream(CallRated.class)).isEmpty();

		// Cleared at the provider: the stars go, the category turns unreviewed.
		callLog.record(organization, "ctm", CallFixtures.withRating(call, null));
		assertThat(call(recorded.callId())).containsEntry("category", "unreviewed").containsEntry("rating", null);
		assertThat(events.stream(CallRated.class)).isEmpty();
	}

	@Test
	void aPushOfARatingChangedAgainSinceIsIgnored() {
		IncomingCall call = CallFixtures.answered(CallFixtures.externalId(), "+14155550111", null, "I want a quote.");
		UUID id = callLog.record(organization, "ctm", call).callId().value();
		reviews.edit(organization, person, id, CallEdit.rating(4));
		reviews.edit(organization, person, id, CallEdit.rating(2));

		callLog.ratingPushed(organization, CallId.of(id), 4);

		assertThat(call(CallId.of(id))).containsEntry("rating_push_pending", true);
		assertThat(events.stream(CallRated.class).map(CallRated::rating)).containsExactly(4, 2);
	}

	@Test
	void anotherOrganizationsCallsAreInvisible() {
		RecordedCall recorded = callLog.record(organization, "ctm",
				CallFixtures.answered(CallFixtures.externalId(), "+14155550122", null, "Hello"));
		OrganizationId other = OrganizationId.of(UUID.randomUUID());

		assertThat(transactions.call(TenantScope.organization(other, new Actor.Job("test")),
				() -> jdbc.sql("select count(*) from calls where id = ?").param(recorded.callId().value()).query(Long.class)
					.single())).isZero();
	}

	@Test
	void aPageIsRecordedWithOneLeadPerNewCallerAndKnownCallersMatched() {
		String known = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Known", "phone",
				"+14155550161")), token).text("id");
		String first = CallFixtures.externalId();
		List<IncomingCall> page = List.of(
				CallFixtures.answered(first, "+14155550162", null, "How much does a quote cost?"),
				CallFixtures.missed(CallFixtures.externalId(), "(415) 555-0162"),
				CallFixtures.answered(CallFixtures.externalId(), "+14155550161", 2, "Wrong number, sorry"),
				CallFixtures.missed(CallFixtures.externalId(), "anonymous"));

		List<RecordedCall> recorded = callLog.recordPage(organization, "ctm", page);

		assertThat(recorded).extracting(RecordedCall::created).containsExactly(true, true, true, true);
		List<Object> contacts = recorded.stream().map(r -> call(r.callId()).get("contact_id")).toList();
		assertThat(contacts.get(0)).isNotNull().isEqualTo(contacts.get(1));
		assertThat(contacts.get(2)).hasToString(known);
		assertThat(contacts.get(3)).isNull();
		assertThat(inScope(() -> jdbc.sql("select count(*) from contacts where organization_id = ? and phone = ?")
			.params(organization.value(), "+14155550162").query(Long.class).single())).isEqualTo(1);
		assertThat(call(recorded.get(2).callId())).containsEntry("category", "not_a_fit");

		// The same page again, one call with a new transcript: nothing new, that call re-classified.
		List<IncomingCall> again = List.of(CallFixtures.withTranscript(page.get(0), "Are you hiring? I can send my resume."),
				page.get(1), page.get(2), page.get(3));
		assertThat(callLog.recordPage(organization, "ctm", again))
			.extracting(r -> r.created() + ":" + r.reclassified() + ":" + r.ratingTaken())
			.containsExactly("false:true:false", "false:false:false", "false:false:false", "false:false:false");
		assertThat(call(recorded.get(0).callId())).containsEntry("category", "applicant");
	}

	private Map<String, Object> call(CallId id) {
		return inScope(() -> jdbc.sql("""
				select caller_number, category, rating, reviewed, contact_id, classified_by, rating_push_pending, summary
				from calls where id = ?""").param(id.value()).query().singleRow());
	}

	private List<String> history(CallId id) {
		return inScope(() -> jdbc.sql("""
				select field || ':' || coalesce(old_value, '-') || '>' || coalesce(new_value, '-') || ':' || changed_by
				  || coalesce(':' || detail, '') from call_history where call_id = ? order by occurred_at, id
				""").param(id.value()).query(String.class).list());
	}

	private <T> T inScope(java.util.function.Supplier<T> work) {
		return transactions.call(TenantScope.organization(organization, new Actor.Job("test")), work);
	}
}
