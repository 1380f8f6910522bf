package com.growthhub.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.scheduling.internal.invites.AppointmentReminders;
import com.growthhub.shared.OrganizationId;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;

/**
 * A booking's emails, the visitor's links and the reminders, from the AppointmentBooked event on: what the visitor and
 * the rep receive (parsed back with ical4j), what the links do once, and what they refuse afterwards.
 */
class AppointmentInvitesIntegrationTests extends IdentityTestSupport {

	private static final ZoneId VISITOR_ZONE = ZoneId.of("America/New_York");
	private static final Pattern MANAGE_LINK = Pattern.compile("/appointments/manage/([A-Za-z0-9_-]+)");

	private static String repEmail;
	private static OrganizationId organization;
	private static UUID rep;
	private static String token;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AppointmentReminders reminders;

	private AppointmentFixtures fixtures;
	private static final java.util.concurrent.atomic.AtomicInteger WEEKS = new java.util.concurrent.atomic.AtomicInteger();

	/** Each test has three days of the one rep's time to itself, so their appointments never hold each other's times. */
	private final Instant start = Instant.now().plus(2 + 3L * WEEKS.getAndIncrement(), ChronoUnit.DAYS)
		.truncatedTo(ChronoUnit.HOURS);

	@BeforeEach
	void organization() {
		fixtures = new AppointmentFixtures(jdbc, transactions, events);
		if (repEmail == null) {
			repEmail = uniqueEmail("rep");
			registerVerified(repEmail);
			token = accessToken(repEmail);
			transactions.run(TenantScope.system(new Actor.Job("test")), () -> {
				rep = jdbc.sql("select id from users where email = ?").param(repEmail).query(UUID.class).single();
				organization = OrganizationId.of(jdbc.sql("select organization_id from memberships where user_id = ?")
					.param(rep).query(UUID.class).single());
			});
		}
	}

	private record Booked(UUID id, String visitor, UUID contact) {
	}

	private ApiClient.Response contact() {
		ApiClient.Response contact = api().post("/api/v1/contacts", ContactMother.person("Vic"), token);
		assertThat(contact.status()).isEqualTo(201);
		return contact;
	}

	private Booked book(Instant at) {
		return book(at, contact());
	}

	private Booked book(Instant at, ApiClient.Response contact) {
		UUID contactId = UUID.fromString(contact.text("id"));
		UUID page = fixtures.page(organization, rep, "Europe/Berlin");
		UUID id = fixtures.book(organization, page, rep, contactId, at, VISITOR_ZONE);
		return new Booked(id, contact.text("email"), contactId);
	}

	@Test
	void emailsTheVisitorAndTheRepAnInviteEachInTheirOwnZoneAndPutsTheBookingOnTheTimeline() throws Exception {
		Booked booked = book(start);
		List<String> visitorInvites = awaitInvites(booked.visitor(), 1);
		Calendar visitor = parse(visitorInvites.getFirst());
		assertThat(visitor.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
		assertThat(event(visitor, "UID")).isEqualTo(booked.id() + "@appointments.growthhub");
		assertThat(event(visitor, "SEQUENCE")).isEqualTo("0");
		assertThat(event(visitor, "ORGANIZER")).isEqualTo("mailto:" + repEmail.toLowerCase());
		assertThat(event(visitor, "ATTENDEE")).isEqualTo("mailto:" + booked.visitor().toLowerCase());
		assertThat(visitorInvites.getFirst()).contains("DTSTART;TZID=America/New_York:");
		assertThat(awaitInvites(repEmail, booked.id(), 1).getFirst()).contains("DTSTART;TZID=Europe/Berlin:",
				"UID:" + booked.id() + "@appointments.growthhub");
		assertThat(attachmentType(booked.visitor())).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");

		String body = mailbox().latestBody(booked.visitor(), "appointment").orElseThrow();
		assertThat(body).contains("is booked", "(America/New_York)", "/appointments/manage/");
		assertThat(mailbox().latestBody(repEmail, "appointment").orElseThrow()).contains("(Europe/Berlin)");
		assertThat(mailbox().latestLink(repEmail, "appointment", "/scheduling/calendar")).contains("/scheduling/calendar?date=");

		ApiClient.Response timeline = api().get("/api/v1/contacts/" + booked.contact() + "/interactions", token);
		assertThat(timeline.body().toString()).contains("meeting", "Booked Sales call");
		transactions.run(TenantScope.organization(organization, new Actor.Job("test")),
				() -> events.publishEvent(new AppointmentBooked(organization, AppointmentId.of(booked.id()),
						com.growthhub.contacts.ContactId.of(booked.contact()), com.growthhub.shared.UserId.of(rep), start,
						start.plusSeconds(1800), VISITOR_ZONE, BookingPageId.of(UUID.randomUUID()))));
		await().atMost(Duration.ofSeconds(20)).until(() -> handledBookings(booked.id()) == 2);
		assertThat(invites(booked.visitor(), null)).as("a redelivered event sends nothing again").hasSize(1);
		assertThat(api().get("/api/v1/contacts/" + booked.contact() + "/interactions", token).body().toString()
			.split("Booked Sales call", -1)).as("nor logs twice").hasSize(2);
	}

	@Test
	void theRescheduleLinkMovesTheAppointmentOnceAndTheInviteKeepsItsUidWithTheNextSequence() throws Exception {
		Booked booked = book(start);
		awaitInvites(booked.visitor(), 1);
		String reschedule = link(booked.visitor(), 0);
		String cancel = link(booked.visitor(), 1);

		ApiClient.Response shown = api().get("/api/v1/public/appointments/" + reschedule, null);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.text("action")).isEqualTo("reschedule");
		assertThat(shown.text("timeZone")).isEqualTo("America/New_York");

		Instant later = start.plus(1, ChronoUnit.DAYS);
		ApiClient.Response moved = api().post("/api/v1/public/appointments/" + reschedule + "/reschedule",
				Map.of("start", later.toString(), "timeZone", "America/New_York"), null);
		assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
		assertThat(moved.text("start")).isEqualTo(later.toString());
		assertThat(moved.body().path("sequence").asInt()).isEqualTo(1);

		List<String> invites = awaitInvites(booked.visitor(), 2);
		Calendar update = parse(invites.get(1));
		assertThat(event(update, "UID")).isEqualTo(booked.id() + "@appointments.growthhub");
		assertThat(event(update, "SEQUENCE")).isEqualTo("1");
		assertThat(update.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
		assertThat(awaitInvites(repEmail, booked.id(), 2).get(1)).contains("SEQUENCE:1");
		assertThat(mailbox().latestBody(booked.visitor(), "appointment").orElseThrow()).contains("has moved");

		ApiClient.Response again = api().post("/api/v1/public/appointments/" + reschedule + "/reschedule",
				Map.of("start", later.plus(1, ChronoUnit.HOURS).toString(), "timeZone", "America/New_York"), null);
		assertThat(again.status()).as("a used link is obsolete").isEqualTo(409);
		assertThat(again.headers().getContentType().toString()).contains("application/problem+json");
		assertThat(api().post("/api/v1/public/appointments/" + cancel + "/cancel", null, null).status())
			.as("so is the old cancel link").isEqualTo(409);

		String newCancel = link(booked.visitor(), 1);
		ApiClient.Response cancelled = api().post("/api/v1/public/appointments/" + newCancel + "/cancel", null, null);
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.text("status")).isEqualTo("cancelled");
		Calendar withdrawn = parse(awaitInvites(booked.visitor(), 3).get(2));
		assertThat(withdrawn.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
		assertThat(event(withdrawn, "UID")).isEqualTo(booked.id() + "@appointments.growthhub");
		assertThat(event(withdrawn, "SEQUENCE")).isEqualTo("2");
		assertThat(event(withdrawn, "STATUS")).isEqualTo("CANCELLED");
		assertThat(api().post("/api/v1/public/appointments/" + newCancel + "/cancel", null, null).status())
			.as("a cancelled appointment is gone").isEqualTo(410);
	}

	@Test
	void aTimeAnotherAppointmentHoldsIsRefusedByTheDatabaseWith409() {
		// Both contacts first, before any booking's emails are being written.
		ApiClient.Response first = contact();
		ApiClient.Response second = contact();
		Booked booked = book(start, first);
		Booked other = book(start.plus(2, ChronoUnit.HOURS), second);
		awaitInvites(booked.visitor(), 1);
		awaitInvites(other.visitor(), 1);
		ApiClient.Response taken = api().post("/api/v1/public/appointments/" + link(booked.visitor(), 0) + "/reschedule",
				Map.of("start", start.plus(2, ChronoUnit.HOURS).toString(), "timeZone",
						"America/New_York"), null);
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.text("title")).isEqualTo("That time was just taken");
		assertThat(awaitInvites(booked.visitor(), 1)).as("nothing moved, nothing sent").hasSize(1);
	}

	@Test
	void refusesMadeUpLinksTheOtherActionBadInputAndPastTimes() {
		Booked booked = book(start);
		awaitInvites(booked.visitor(), 1);
		String reschedule = link(booked.visitor(), 0);
		String cancel = link(booked.visitor(), 1);
		assertThat(api().get("/api/v1/public/appointments/not-a-token", null).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/public/appointments/" + cancel + "/reschedule",
				Map.of("start", start.plus(1, ChronoUnit.DAYS).toString(), "timeZone", "UTC"), null).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/public/appointments/" + reschedule + "/cancel", null, null).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/public/appointments/" + reschedule + "/reschedule",
				Map.of("start", start.plus(1, ChronoUnit.DAYS).toString(), "timeZone", "Mars/Base"), null).status())
			.isEqualTo(400);
		assertThat(api().post("/api/v1/public/appointments/" + reschedule + "/reschedule",
				Map.of("start", "tomorrow", "timeZone", "UTC"), null).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/public/appointments/" + reschedule + "/reschedule",
				Map.of("start", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS).toString(),
						"timeZone", "UTC"), null).status())
			.as("past").isEqualTo(422);
		assertThat(api().post("/api/v1/public/appointments/" + reschedule + "/reschedule",
				Map.of("start", start.plus(1, ChronoUnit.DAYS).plus(10, ChronoUnit.MINUTES).toString(), "timeZone", "UTC"),
				null).status())
			.as("not on the page's 30-minute steps").isEqualTo(422);
		ApiClient.Response slots = api().get("/api/v1/public/appointments/" + reschedule + "/slots", null);
		assertThat(slots.status()).isEqualTo(200);
		assertThat(slots.body().path("items").findValuesAsString("start"))
			.as("free times, its own included: it gives its time up when it moves")
			.contains(start.plus(1, ChronoUnit.DAYS).toString(), start.toString())
			.allMatch(free -> Instant.parse(free).isAfter(Instant.now().minusSeconds(60)));
		assertThat(api().get("/api/v1/public/appointments/" + cancel + "/slots", null).status()).isEqualTo(403);
	}

	@Test
	void remindsADayAndAnHourBeforeOnceEachAndNeverForACancelledAppointment() {
		ApiClient.Response first = contact();
		ApiClient.Response second = contact();
		Booked booked = book(start, first);
		Booked cancelled = book(start.plus(3, ChronoUnit.HOURS), second);
		awaitInvites(booked.visitor(), 1);
		awaitInvites(cancelled.visitor(), 1);
		assertThat(api().post("/api/v1/public/appointments/" + link(cancelled.visitor(), 1) + "/cancel", null, null)
			.status()).isEqualTo(200);

		reminders.sendDue(start.minus(25, ChronoUnit.HOURS));
		assertThat(reminderCount(booked.visitor())).as("not yet").isZero();
		reminders.sendDue(start.minus(23, ChronoUnit.HOURS));
		reminders.sendDue(start.minus(22, ChronoUnit.HOURS));
		assertThat(reminderCount(booked.visitor())).isEqualTo(1);
		assertThat(mailbox().latestBody(booked.visitor(), "appointment").orElseThrow()).contains("Reminder: Sales call");
		reminders.sendDue(start.minus(30, ChronoUnit.MINUTES));
		reminders.sendDue(start.minus(20, ChronoUnit.MINUTES));
		assertThat(reminderCount(booked.visitor())).isEqualTo(2);
		assertThat(subjects(repEmail)).contains("Tomorrow: Sales call", "In one hour: Sales call");
		reminders.sendDue(start.plus(3, ChronoUnit.HOURS).minus(30, ChronoUnit.MINUTES));
		assertThat(reminderCount(cancelled.visitor())).as("cancelled: no reminders").isZero();
	}

	@Test
	void theRepsCalendarShowsTheirAppointmentsInTheirZoneToThemAndTheirManagersOnly() throws Exception {
		Booked booked = book(start);
		awaitInvites(booked.visitor(), 1);
		java.time.format.DateTimeFormatter hour = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		String week = "/scheduling/calendar?view=week&date=" + start.atZone(berlin).toLocalDate();
		com.growthhub.BrowserSession pages = signedIn(repEmail);
		String calendar = pages.get(week).body();
		assertThat(calendar).contains("times in Europe/Berlin", "Sales call", "Vic Tester",
				hour.format(start.atZone(berlin)) + "–" + hour.format(start.plus(30, ChronoUnit.MINUTES).atZone(berlin)),
				"data-appointment-id=\"" + booked.id() + "\"");
		assertThat(pages.get("/scheduling/calendar?view=day&date=" + start.atZone(berlin).toLocalDate().plusDays(1)).body())
			.doesNotContain("data-appointment-id=\"" + booked.id() + "\"");

		String member = uniqueEmail("calendar-member");
		invitedMember(token, member, "member");
		assertThat(signedIn(member).get(week + "&rep=" + rep).statusCode()).as("a member sees only their own").isEqualTo(404);
		String stranger = uniqueEmail("calendar-stranger");
		registerVerified(stranger);
		assertThat(signedIn(stranger).get(week + "&rep=" + rep).statusCode()).as("another organization").isEqualTo(404);

		var marked = pages.post("/scheduling/calendar/appointments/" + booked.id() + "/status",
				Map.of("status", "no_show", "view", "week", "_csrf", com.growthhub.BrowserSession.csrf(calendar)));
		assertThat(marked.statusCode()).isEqualTo(302);
		assertThat(pages.get(week).body()).contains("Marked as a no-show.", "data-status=\"no_show\"");
		var again = pages.post("/scheduling/calendar/appointments/" + booked.id() + "/status",
				Map.of("status", "completed", "view", "week", "_csrf", com.growthhub.BrowserSession.csrf(calendar)));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(pages.get(week).body()).as("closed once and for all").contains("no_show; it cannot become completed");
	}

	@Test
	void theManagePageShowsTheAppointmentInTheVisitorsZoneOrWhyTheLinkNoLongerWorks() throws Exception {
		Booked booked = book(start);
		awaitInvites(booked.visitor(), 1);
		com.growthhub.BrowserSession visitor = new com.growthhub.BrowserSession(port);
		String cancel = link(booked.visitor(), 1);
		var page = visitor.get("/appointments/manage/" + cancel);
		assertThat(page.statusCode()).isEqualTo(200);
		java.time.format.DateTimeFormatter hour = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
		assertThat(page.body()).contains("Times in America/New_York", hour.format(start.atZone(VISITOR_ZONE)),
				"data-testid=\"manage-cancel\"");
		assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
		assertThat(visitor.get("/appointments/manage/made-up").statusCode()).isEqualTo(404);
		assertThat(api().post("/api/v1/public/appointments/" + cancel + "/cancel", null, null).status()).isEqualTo(200);
		var gone = visitor.get("/appointments/manage/" + cancel);
		assertThat(gone.statusCode()).isEqualTo(410);
		assertThat(gone.body()).contains("The appointment is cancelled");
	}

	/** How many deliveries of AppointmentBooked about the appointment the invite listener completed. */
	private int handledBookings(UUID appointment) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select count(*) from event_publication where listener_id like '%AppointmentInviteListener%'
				  and event_type like '%AppointmentBooked' and serialized_event like ? and completion_date is not null
				""").param("%" + appointment + "%").query(Integer.class).single());
	}

	private int reminderCount(String to) {
		return (int) subjects(to).stream().filter(s -> s.startsWith("Tomorrow") || s.startsWith("In one hour")).count();
	}

	private List<String> subjects(String to) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql(
				"select subject from email_messages where to_address = ? and template = 'appointment' order by created_at")
			.param(to.toLowerCase()).query(String.class).list());
	}

	/** The n-th manage link (0 reschedule, 1 cancel) of the latest appointment email to the visitor. */
	private String link(String visitor, int which) {
		Matcher matcher = MANAGE_LINK.matcher(mailbox().latestBody(visitor, "appointment").orElseThrow());
		for (int i = 0; i <= which; i++) {
			assertThat(matcher.find()).isTrue();
		}
		return matcher.group(1);
	}

	private List<String> awaitInvites(String to, int count) {
		return awaitInvites(to, null, count);
	}

	/** The calendar files mailed to someone (about one appointment, when given), oldest first, lines unfolded. */
	private List<String> awaitInvites(String to, UUID appointment, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> invites(to, appointment).size() >= count);
		return invites(to, appointment);
	}

	private List<String> invites(String to, UUID appointment) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select convert_from(a.content, 'UTF8') from email_attachments a join email_messages m on m.id = a.message_id
				where m.to_address = ? and a.filename = 'invite.ics' order by m.created_at, m.id
				""").param(to.toLowerCase()).query(String.class).list())
			.stream().map(ics -> ics.replace("\r\n ", ""))
			.filter(ics -> appointment == null || ics.contains("UID:" + appointment))
			.toList();
	}

	private String attachmentType(String to) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select a.content_type from email_attachments a join email_messages m on m.id = a.message_id
				where m.to_address = ? order by m.created_at limit 1
				""").param(to.toLowerCase()).query(String.class).single());
	}

	private static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static String event(Calendar calendar, String property) {
		return calendar.getComponent("VEVENT").orElseThrow().getProperty(property).map(Property::getValue).orElseThrow();
	}
}
