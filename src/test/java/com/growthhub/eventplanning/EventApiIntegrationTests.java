package com.growthhub.eventplanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.contacts.ContactMother;
import com.growthhub.eventplanning.internal.EventClosing;
import com.growthhub.eventplanning.internal.EventReminders;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * Every events endpoint through the API, good input and bad: one organization (and a second one for isolation) for
 * the whole class, a fresh event per test.
 */
class EventApiIntegrationTests extends IdentityTestSupport {

	private static String token;
	private static String ownerEmail;
	private static String otherToken;

	@Autowired
	EventClosing closing;

	@Autowired
	EventReminders reminders;

	private final Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

	@BeforeEach
	void organizations() {
		if (token == null) {
			ownerEmail = uniqueEmail("events");
			registerVerified(ownerEmail);
			token = accessToken(ownerEmail);
			String other = uniqueEmail("other-events");
			registerVerified(other);
			otherToken = accessToken(other);
		}
	}

	private Map<String, Object> eventBody(Map<String, Object> changes) {
		Map<String, Object> body = new HashMap<>(Map.of("title", "Spring Summit", "type", "conference", "venue", "Hall A",
				"startsAt", start.toString(), "endsAt", start.plus(8, ChronoUnit.HOURS).toString(), "timeZone",
				"Europe/Berlin", "budgetCents", 500000, "currency", "eur"));
		body.putAll(changes);
		return body;
	}

	private String event(Map<String, Object> changes) {
		ApiClient.Response created = api().post("/api/v1/events", eventBody(changes), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.text("id");
	}

	private ApiClient.Response patch(String path, Map<String, ?> body, String access) {
		return api().exchange("PATCH", path, body, access, Map.of());
	}

	private ApiClient.Response person(String event, String first) {
		return api().post("/api/v1/events/" + event + "/attendees",
				Map.of("email", uniqueEmail(first.toLowerCase()), "firstName", first, "lastName", "Guest"), token);
	}

	@Test
	void createsListsChangesPublishesAndDeletesEvents() {
		ApiClient.Response created = api().post("/api/v1/events", eventBody(Map.of("capacity", 50)), token);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("status")).isEqualTo("draft");
		assertThat(created.text("type")).isEqualTo("conference");
		assertThat(created.text("currency")).isEqualTo("EUR");
		assertThat(created.body().path("seatsLeft").asInt()).isEqualTo(50);
		assertThat(created.body().path("allowed").toString()).contains("published", "cancelled");
		String id = created.text("id");

		JsonNode listed = api().get("/api/v1/events?status=draft&from=" + start.minusSeconds(1) + "&to=" + start.plusSeconds(1), token).body();
		assertThat(listed.path("items").findValuesAsString("id")).contains(id);
		assertThat(api().get("/api/v1/events?status=published&from=" + start.minusSeconds(1), token).body().path("items")
			.findValuesAsString("id")).doesNotContain(id);

		ApiClient.Response changed = patch("/api/v1/events/" + id, Map.of("title", "Summer Summit", "capacity", 40), token);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.text("title")).isEqualTo("Summer Summit");
		HashMap<String, Object> clear = new HashMap<>();
		clear.put("venue", null);
		assertThat(patch("/api/v1/events/" + id, clear, token).body().has("venue")).isFalse();

		assertThat(patch("/api/v1/events/" + id, Map.of("status", "published"), token).text("status")).isEqualTo("published");
		ApiClient.Response backwards = patch("/api/v1/events/" + id, Map.of("status", "draft"), token);
		assertThat(backwards.status()).isEqualTo(409);
		assertThat(backwards.body().path("allowed").toString()).contains("completed", "cancelled");

		assertThat(api().exchange("DELETE", "/api/v1/events/" + id, null, token, Map.of()).status()).isEqualTo(204);
		assertThat(api().get("/api/v1/events/" + id, token).status()).isEqualTo(404);
	}

	@Test
	void refusesBadEvents() {
		ApiClient.Response backwards = api().post("/api/v1/events",
				eventBody(Map.of("endsAt", start.minus(1, ChronoUnit.HOURS).toString())), token);
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.body().path("errors").get(0).path("field").asString()).isEqualTo("endsAt");
		assertThat(api().post("/api/v1/events", eventBody(Map.of("type", "party")), token).body().path("errors").get(0)
			.path("field").asString()).isEqualTo("type");
		assertThat(api().post("/api/v1/events", eventBody(Map.of("timeZone", "Mars/Base")), token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/events", eventBody(Map.of("capacity", 0)), token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/events", eventBody(Map.of("budgetCents", -1)), token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/events", eventBody(Map.of("currency", "EURO")), token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/events", eventBody(Map.of("onlineUrl", "javascript:alert(1)")), token).status())
			.isEqualTo(400);
		assertThat(api().post("/api/v1/events", eventBody(Map.of("title", " ")), token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/events", "{not json", token).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/events?cursor=nonsense", token).status()).isEqualTo(400);
		String id = event(Map.of());
		assertThat(patch("/api/v1/events/" + id, Map.of("endsAt", start.minusSeconds(60).toString()), token).status())
			.isEqualTo(400);
		assertThat(patch("/api/v1/events/" + id, Map.of("capacity", "many"), token).status()).isEqualTo(400);
	}

	@Test
	void keepsTheAgendaWithinTheEventAndOneTalkPerRoom() {
		String id = event(Map.of());
		String agenda = "/api/v1/events/" + id + "/agenda";
		ApiClient.Response keynote = api().post(agenda, Map.of("title", "Keynote", "speaker", "Ada", "room", "Main",
				"startsAt", start.toString(), "endsAt", start.plus(1, ChronoUnit.HOURS).toString()), token);
		assertThat(keynote.status()).isEqualTo(201);
		ApiClient.Response clash = api().post(agenda, Map.of("title", "Workshop", "room", "main",
				"startsAt", start.plus(30, ChronoUnit.MINUTES).toString(), "endsAt", start.plus(2, ChronoUnit.HOURS).toString()),
				token);
		assertThat(clash.status()).isEqualTo(409);
		assertThat(clash.text("conflictingItemId")).isEqualTo(keynote.text("id"));
		assertThat(api().post(agenda, Map.of("title", "Parallel", "room", "Side", "startsAt", start.toString(),
				"endsAt", start.plus(1, ChronoUnit.HOURS).toString()), token).status()).isEqualTo(201);
		assertThat(api().post(agenda, Map.of("title", "Right after", "room", "Main", "startsAt",
				start.plus(1, ChronoUnit.HOURS).toString(), "endsAt", start.plus(2, ChronoUnit.HOURS).toString()), token).status())
			.as("back to back is no overlap").isEqualTo(201);

		ApiClient.Response outside = api().post(agenda, Map.of("title", "Late", "startsAt",
				start.plus(7, ChronoUnit.HOURS).toString(), "endsAt", start.plus(9, ChronoUnit.HOURS).toString()), token);
		assertThat(outside.status()).isEqualTo(422);
		assertThat(outside.body().path("errors").get(0).path("field").asString()).isEqualTo("endsAt");
		assertThat(api().post(agenda, Map.of("title", "Before", "startsAt", start.minus(1, ChronoUnit.HOURS).toString(),
				"endsAt", start.plus(1, ChronoUnit.HOURS).toString()), token).status()).isEqualTo(422);
		assertThat(api().post(agenda, Map.of("title", "Backwards", "startsAt", start.plus(2, ChronoUnit.HOURS).toString(),
				"endsAt", start.plus(1, ChronoUnit.HOURS).toString()), token).status()).isEqualTo(400);

		String item = keynote.text("id");
		assertThat(patch(agenda + "/" + item, Map.of("room", "Side"), token).status()).as("Side is taken then").isEqualTo(409);
		assertThat(patch(agenda + "/" + item, Map.of("title", "Opening"), token).text("title")).isEqualTo("Opening");
		assertThat(api().get(agenda, token).body().path("items")).hasSize(3);
		assertThat(patch("/api/v1/events/" + id, Map.of("endsAt", start.plus(90, ChronoUnit.MINUTES).toString()), token)
			.status()).as("an item would end after the event").isEqualTo(409);
		assertThat(api().exchange("DELETE", agenda + "/" + item, null, token, Map.of()).status()).isEqualTo(204);
		assertThat(api().get(agenda + "/" + item, token).status()).isEqualTo(404);
	}

	@Test
	void registersContactsAndPeopleFillsSeatsAndPromotesTheWaitlist() {
		String id = event(Map.of("capacity", 2));
		String contact = api().post("/api/v1/contacts", ContactMother.person("Grace"), token).text("id");
		ApiClient.Response grace = api().post("/api/v1/events/" + id + "/attendees", Map.of("contactId", contact), token);
		assertThat(grace.status()).isEqualTo(201);
		assertThat(grace.text("status")).isEqualTo("registered");
		assertThat(grace.text("name")).isEqualTo("Grace Tester");
		assertThat(api().post("/api/v1/events/" + id + "/attendees", Map.of("contactId", contact), token).status())
			.as("already on the list").isEqualTo(409);

		String email = uniqueEmail("linus");
		ApiClient.Response linus = api().post("/api/v1/events/" + id + "/attendees",
				Map.of("email", email, "firstName", "Linus", "lastName", "Torvalds"), token);
		assertThat(linus.status()).isEqualTo(201);
		String linusContact = linus.text("contactId");
		assertThat(api().get("/api/v1/contacts/" + linusContact, token).text("email")).isEqualTo(email);
		assertThat(api().get("/api/v1/contacts/" + linusContact, token).text("source")).isEqualTo("event");

		ApiClient.Response third = person(id, "Margaret");
		assertThat(third.text("status")).isEqualTo("waitlisted");
		assertThat(api().get("/api/v1/events/" + id, token).body().path("seatsLeft").asInt()).isZero();

		ApiClient.Response cancelled = api().post("/api/v1/events/" + id + "/attendees/" + grace.text("id") + "/cancel", null, token);
		assertThat(cancelled.text("status")).isEqualTo("cancelled");
		assertThat(api().get("/api/v1/events/" + id + "/attendees/" + third.text("id"), token).text("status"))
			.as("the first waiting moves up").isEqualTo("registered");
		assertThat(api().get("/api/v1/events/" + id + "/attendees?status=registered", token).body().path("items")).hasSize(2);
		assertThat(api().get("/api/v1/events/" + id + "/attendees?q=torv", token).body().path("items")
			.findValuesAsString("name")).containsExactly("Linus Torvalds");

		assertThat(api().post("/api/v1/events/" + id + "/attendees", Map.of("firstName", "No email"), token).status())
			.isEqualTo(400);
		assertThat(api().post("/api/v1/events/" + id + "/attendees", Map.of("email", "not-an-email", "firstName", "X"), token)
			.body().path("errors").get(0).path("field").asString()).isEqualTo("email");
		assertThat(patch("/api/v1/events/" + id, Map.of("capacity", 1), token).status()).as("below the seats taken").isEqualTo(409);
	}

	@Test
	void checksInByCodeOnceAndSaysSoTheSecondTime() {
		String id = event(Map.of());
		ApiClient.Response ada = person(id, "Ada");
		assertThat(api().post("/api/v1/events/" + id + "/attendees/" + ada.text("id") + "/check-in", null, token).status())
			.as("a draft does not check in").isEqualTo(409);
		patch("/api/v1/events/" + id, Map.of("status", "published"), token);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mailbox().count(ada.text("email"), "event-invitation")).isEqualTo(1));
		String code = mailbox().latestLink(ada.text("email"), "event-invitation", "/event-passes/").replaceAll(".*/event-passes/", "");
		assertThat(mailbox().latestBody(ada.text("email"), "event-invitation")).hasValueSatisfying(body -> assertThat(body)
			.contains("You are registered for Spring Summit", "/qr.png"));

		ApiClient.Response first = api().post("/api/v1/events/check-in", Map.of("code", code), token);
		assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
		assertThat(first.body().path("attendee").path("status").asString()).isEqualTo("attended");
		ApiClient.Response again = api().post("/api/v1/events/check-in", Map.of("code", code), token);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("title")).isEqualTo("Already checked in");
		assertThat(again.text("checkedInAt")).isEqualTo(first.body().path("attendee").path("checkedInAt").asString());
		assertThat(api().post("/api/v1/events/check-in", Map.of("code", code), otherToken).status())
			.as("another organization's pass").isEqualTo(404);
		assertThat(api().post("/api/v1/events/check-in", Map.of("code", "forged-" + code.substring(7)), token).status())
			.isEqualTo(404);
		assertThat(api().post("/api/v1/events/check-in", Map.of("code", ""), token).status()).isEqualTo(400);

		String out = "/api/v1/events/" + id + "/attendees/" + ada.text("id") + "/check-out";
		assertThat(api().post(out, null, token).body().path("attendee").path("checkedOutAt").isMissingNode()).isFalse();
		assertThat(api().post(out, null, token).status()).isEqualTo(409);
		assertThat(api().post("/api/v1/events/check-in", Map.of("code", code), token).status()).as("coming back").isEqualTo(200);

		String contact = ada.text("contactId");
		await().atMost(Duration.ofSeconds(20)).until(() -> api().get("/api/v1/contacts/" + contact + "/interactions", token)
			.body().path("items").findValuesAsString("type").contains("event_attendance"));
		assertThat(api().get("/api/v1/contacts/" + contact + "/interactions", token).body().path("items")
			.findValuesAsString("type").stream().filter("event_attendance"::equals)).as("once, whatever the re-entries").hasSize(1);
	}

	@Test
	void countsAnalyticsPerAgendaItemAndMarksNoShowsAfterTheEvent() {
		Instant past = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		String id = event(Map.of("startsAt", past.toString(), "endsAt", past.plus(2, ChronoUnit.HOURS).toString(),
				"budgetCents", 100000, "currency", "EUR"));
		String talk = api().post("/api/v1/events/" + id + "/agenda", Map.of("title", "Talk", "room", "A", "startsAt",
				past.toString(), "endsAt", past.plus(1, ChronoUnit.HOURS).toString()), token).text("id");
		String came = person(id, "Came").text("id");
		String missed = person(id, "Missed").text("id");
		patch("/api/v1/events/" + id, Map.of("status", "published"), token);
		assertThat(api().post("/api/v1/events/" + id + "/attendees/" + came + "/check-in", Map.of("agendaItemId", talk), token)
			.status()).isEqualTo(200);
		assertThat(api().post("/api/v1/events/" + id + "/attendees/" + came + "/check-in", Map.of("agendaItemId", talk), token)
			.status()).as("the same talk twice").isEqualTo(409);

		assertThat(closing.closeEnded(Instant.now())).isGreaterThanOrEqualTo(1);
		assertThat(api().get("/api/v1/events/" + id + "/attendees/" + missed, token).text("status")).isEqualTo("no_show");

		JsonNode figures = api().get("/api/v1/events/" + id + "/analytics", token).body();
		assertThat(figures.path("registered").asLong()).isEqualTo(2);
		assertThat(figures.path("attended").asLong()).isEqualTo(1);
		assertThat(figures.path("noShows").asLong()).isEqualTo(1);
		assertThat(figures.path("attendanceRate").asDouble()).isEqualTo(50.0);
		assertThat(figures.path("budgetCents").asLong()).isEqualTo(100000);
		assertThat(figures.path("approvedExpensesCents").asLong()).isZero();
		assertThat(figures.path("checkInsOverTime").path("series").get(0).path("values").toString()).isEqualTo("[1]");
		assertThat(figures.path("agendaAttendance").get(0).path("attendees").asLong()).isEqualTo(1);

		assertThat(api().post("/api/v1/events/" + id + "/attendees/" + missed + "/check-in", null, token).status())
			.as("a late arrival turns a no-show into attended").isEqualTo(200);
	}

	@Test
	void exportsAttendeesAndInvitesInTheCalendar() {
		String id = event(Map.of());
		person(id, "Csv");
		patch("/api/v1/events/" + id, Map.of("status", "published"), token);
		ApiClient.Response csv = api().get("/api/v1/events/" + id + "/attendees.csv", token);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.headers().getContentType().toString()).startsWith("text/csv");
		assertThat(csv.text("raw")).contains("attendeeId,event,name,email", "Csv Guest", "registered");

		ApiClient.Response ics = api().get("/api/v1/events/" + id + "/invite.ics", token);
		assertThat(ics.text("raw")).contains("METHOD:REQUEST", "UID:" + id + "@events.growthhub", "SEQUENCE:0",
				"BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "DTSTART;TZID=Europe/Berlin:");
		patch("/api/v1/events/" + id, Map.of("startsAt", start.plus(1, ChronoUnit.HOURS).toString()), token);
		assertThat(api().get("/api/v1/events/" + id + "/invite.ics", token).text("raw")).contains("SEQUENCE:1");
		patch("/api/v1/events/" + id, Map.of("status", "cancelled"), token);
		assertThat(api().get("/api/v1/events/" + id + "/invite.ics", token).text("raw")).contains("METHOD:CANCEL",
				"STATUS:CANCELLED", "UID:" + id + "@events.growthhub");
	}

	@Test
	void emailsInvitationsThenUpdatesWithTheNextSequenceThenCancellations() {
		String id = event(Map.of());
		String guest = person(id, "Invited").text("email");
		assertThat(mailbox().count(guest, "event-invitation")).as("a draft invites nobody").isZero();
		patch("/api/v1/events/" + id, Map.of("status", "published"), token);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(invites(guest)).hasSize(1));
		assertThat(invites(guest).getFirst()).contains("METHOD:REQUEST", "SEQUENCE:0", "UID:" + id + "@events.growthhub",
				"BEGIN:VTIMEZONE", "ATTENDEE;", "mailto:" + guest, "ORGANIZER;", "mailto:" + ownerEmail);

		patch("/api/v1/events/" + id, Map.of("venue", "Hall B"), token);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(invites(guest)).hasSize(2));
		assertThat(invites(guest).get(1)).contains("METHOD:REQUEST", "SEQUENCE:1", "LOCATION:Hall B",
				"UID:" + id + "@events.growthhub");
		patch("/api/v1/events/" + id, Map.of("capacity", 100), token);
		patch("/api/v1/events/" + id, Map.of("status", "cancelled"), token);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(invites(guest)).hasSize(3));
		assertThat(invites(guest).get(2)).as("a capacity change is not the calendar's business")
			.contains("METHOD:CANCEL", "SEQUENCE:2", "STATUS:CANCELLED", "UID:" + id + "@events.growthhub");
	}

	/** The calendar files emailed to someone, oldest first, with their long lines unfolded. */
	private List<String> invites(String email) {
		return transactions.call(com.growthhub.platform.tenancy.TenantScope.system(new com.growthhub.platform.tenancy.Actor.Job("test")),
				() -> jdbc.sql("""
						select convert_from(a.content, 'UTF8') from email_attachments a join email_messages m on m.id = a.message_id
						where m.to_address = ? and a.filename = 'invite.ics' order by m.created_at, m.id
						""").param(email.toLowerCase()).query(String.class).list())
			.stream().map(ics -> ics.replace("\r\n ", "")).toList();
	}

	@Test
	void anotherOrganizationsIdsAnswer404() {
		String id = event(Map.of());
		String item = api().post("/api/v1/events/" + id + "/agenda", Map.of("title", "Talk", "startsAt", start.toString(),
				"endsAt", start.plus(1, ChronoUnit.HOURS).toString()), token).text("id");
		String attendee = person(id, "Private").text("id");
		for (String path : List.of("/api/v1/events/" + id, "/api/v1/events/" + id + "/agenda",
				"/api/v1/events/" + id + "/agenda/" + item, "/api/v1/events/" + id + "/attendees",
				"/api/v1/events/" + id + "/attendees/" + attendee, "/api/v1/events/" + id + "/analytics",
				"/api/v1/events/" + id + "/attendees.csv", "/api/v1/events/" + id + "/invite.ics")) {
			assertThat(api().get(path, otherToken).status()).as(path).isEqualTo(404);
		}
		assertThat(patch("/api/v1/events/" + id, Map.of("title", "Mine"), otherToken).status()).isEqualTo(404);
		assertThat(api().exchange("DELETE", "/api/v1/events/" + id, null, otherToken, Map.of()).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/events/" + id + "/attendees", Map.of("email", uniqueEmail("x"), "firstName", "X"),
				otherToken).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/events/" + id + "/attendees/" + attendee + "/check-in", null, otherToken).status())
			.isEqualTo(404);
		String theirContact = api().post("/api/v1/contacts", ContactMother.person("Theirs"), otherToken).text("id");
		assertThat(api().post("/api/v1/events/" + id + "/attendees", Map.of("contactId", theirContact), token).status())
			.isEqualTo(404);
	}

	@Test
	void remindsAttendeesAndTheOwnerOnce() {
		Instant soon = Instant.now().plus(30, ChronoUnit.MINUTES);
		String id = event(Map.of("startsAt", soon.toString(), "endsAt", soon.plus(1, ChronoUnit.HOURS).toString(),
				"reminderLeadMinutes", 60));
		String guest = person(id, "Reminded").text("email");
		patch("/api/v1/events/" + id, Map.of("status", "published"), token);
		// The minutely reminder job may be sending them at this very moment: either way, they arrive once.
		reminders.sendDue(Instant.now());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(mailbox().count(guest, "notification")).isEqualTo(1);
			assertThat(api().get("/api/v1/notifications", token).body().path("items").findValuesAsString("title"))
				.contains("Your event starts soon: Spring Summit");
		});
		reminders.sendDue(Instant.now());
		assertThat(mailbox().count(guest, "notification")).as("once").isEqualTo(1);
	}
}
