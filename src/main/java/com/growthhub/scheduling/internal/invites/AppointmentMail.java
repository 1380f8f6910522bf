package com.growthhub.scheduling.internal.invites;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.identity.Members;
import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.ServerAddress;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.internal.invites.AppointmentCalendarFile.Invite;
import com.growthhub.scheduling.internal.invites.AppointmentCalendarFile.Person;
import com.growthhub.scheduling.internal.invites.AppointmentLinkTokens.Action;
import com.growthhub.scheduling.internal.invites.AppointmentLinkTokens.Claim;
import com.growthhub.scheduling.internal.invites.AppointmentNotices.Kind;

/**
 * The emails about an appointment, to the visitor and to the rep, each with the calendar file in the reader's own zone:
 * the visitor's (chosen at booking) and the rep's (from their availability). The visitor's copy carries the signed
 * links to reschedule or cancel; the rep's links to their calendar. Runs in the caller's transaction of the
 * organization, so the emails leave only if it commits.
 */
@Service
class AppointmentMail {

	static final String TEMPLATE = "appointment";
	private static final Actor MAILER = new Actor.Job("appointment-mail");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private final Outbox outbox;
	private final ContactDirectory contacts;
	private final Members members;
	private final AppointmentCalendarFile calendar;
	private final AppointmentLinkTokens tokens;
	private final AppointmentNotices notices;
	private final ServerAddress server;
	private final JdbcClient jdbc;

	AppointmentMail(Outbox outbox, ContactDirectory contacts, Members members, AppointmentCalendarFile calendar,
			AppointmentLinkTokens tokens, AppointmentNotices notices, ServerAddress server, JdbcClient jdbc) {
		this.outbox = outbox;
		this.contacts = contacts;
		this.members = members;
		this.calendar = calendar;
		this.tokens = tokens;
		this.notices = notices;
		this.server = server;
		this.jdbc = jdbc;
	}

	/** Sends the notice unless it went out before; answers whether it was sent now. */
	boolean send(Appointment appointment, Kind kind) {
		int sequence = sequenceOf(appointment, kind);
		if (!notices.claim(appointment, kind, sequence)) {
			return false;
		}
		Members.Member rep = members.find(appointment.organizationId(), appointment.repId().value()).orElse(null);
		ContactDirectory.Addressee visitor = contacts.addressee(appointment.organizationId(), MAILER,
				appointment.contactId());
		if (rep == null || visitor.email() == null) {
			return true;
		}
		Person organizer = new Person(rep.name(), rep.email());
		Person attendee = new Person(visitor.name(), visitor.email());
		String manage = server.baseUrl() + AppointmentLinkTokens.MANAGE_PATH;
		Map<String, Object> forVisitor = model(appointment, kind, visitor.name(), rep.name(), appointment.timeZone());
		String reschedule = tokens.of(new Claim(appointment.id().value(), Action.RESCHEDULE, appointment.sequence(),
				appointment.start()));
		forVisitor.put("rescheduleUrl", manage + reschedule);
		forVisitor.put("cancelUrl", manage + tokens.of(new Claim(appointment.id().value(), Action.CANCEL,
				appointment.sequence(), appointment.start())));
		outbox.enqueue(new EmailRequest(appointment.organizationId(), null, visitor.email(), TEMPLATE,
				subject(appointment, kind), forVisitor, reschedule,
				attachments(appointment, kind, sequence, organizer, attendee, appointment.timeZone()))
			.toContact(appointment.contactId().value()));
		ZoneId repZone = repZone(appointment);
		Map<String, Object> forRep = model(appointment, kind, rep.name(), visitor.name(), repZone);
		forRep.put("calendarUrl", server.baseUrl() + "/scheduling/calendar?date="
				+ ZonedDateTime.ofInstant(appointment.start(), repZone).toLocalDate());
		outbox.enqueue(new EmailRequest(appointment.organizationId(), rep.userId(), rep.email(), TEMPLATE,
				subject(appointment, kind) + " · " + visitor.name(), forRep, null,
				attachments(appointment, kind, sequence, organizer, attendee, repZone)));
		return true;
	}

	/** A cancellation outranks the last request a calendar received, so it is sent one revision higher. */
	private static int sequenceOf(Appointment appointment, Kind kind) {
		return kind == Kind.CANCELLATION ? appointment.sequence() + 1 : appointment.sequence();
	}

	private List<EmailRequest.Attachment> attachments(Appointment appointment, Kind kind, int sequence, Person organizer,
			Person attendee, ZoneId zone) {
		if (kind == Kind.REMINDER_24H || kind == Kind.REMINDER_1H) {
			return List.of();
		}
		boolean cancel = kind == Kind.CANCELLATION;
		String ics = calendar.write(new Invite(appointment.id().value(), appointment.bookingPageTitle(),
				appointment.start(), appointment.end(), zone, sequence, cancel, organizer, attendee, null, null,
				Instant.now()));
		return List.of(new EmailRequest.Attachment(AppointmentCalendarFile.FILENAME,
				cancel ? AppointmentCalendarFile.CONTENT_TYPE_CANCEL : AppointmentCalendarFile.CONTENT_TYPE_REQUEST,
				ics.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	private static Map<String, Object> model(Appointment appointment, Kind kind, String name, String with, ZoneId zone) {
		Map<String, Object> model = new HashMap<>();
		model.put("subject", subject(appointment, kind));
		model.put("kind", switch (kind) {
			case CONFIRMATION -> appointment.sequence() == 0 ? "booked" : "rescheduled";
			case CANCELLATION -> "cancelled";
			case REMINDER_24H, REMINDER_1H -> "reminder";
		});
		model.put("title", appointment.bookingPageTitle());
		model.put("name", name);
		model.put("with", with);
		model.put("when", when(appointment, zone));
		return model;
	}

	private static String subject(Appointment appointment, Kind kind) {
		String title = appointment.bookingPageTitle();
		return switch (kind) {
			case CONFIRMATION -> (appointment.sequence() == 0 ? "Booked: " : "Moved: ") + title;
			case CANCELLATION -> "Cancelled: " + title;
			case REMINDER_24H -> "Tomorrow: " + title;
			case REMINDER_1H -> "In one hour: " + title;
		};
	}

	/** "Tue 10 Mar 2026, 15:00–15:30 (Europe/Berlin)": the reader's wall-clock time, with the zone it is in. */
	static String when(Appointment appointment, ZoneId zone) {
		return DAY.format(appointment.start().atZone(zone)) + "–" + TIME.format(appointment.end().atZone(zone)) + " ("
				+ zone.getId() + ")";
	}

	private ZoneId repZone(Appointment appointment) {
		@Nullable String zone = jdbc.sql("select time_zone from scheduling_availability where organization_id = ? and user_id = ?")
			.params(appointment.organizationId().value(), appointment.repId().value())
			.query(String.class)
			.optional()
			.orElse(null);
		return zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
	}
}
