package com.growthhub.scheduling.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.LeadCapture;
import com.growthhub.pipeline.PipelineFunnel;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.AppointmentBooked;
import com.growthhub.scheduling.AppointmentId;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Books a slot of a public booking page. The slot is checked against the page's free slots, the visitor becomes (or is
 * found as) a contact, and the reps free at the slot are tried in the page's assignment order. The database has the
 * last word: an insert that would overlap a live appointment of the rep fails with the exclusion constraint (SQLState
 * 23P01), rolled back to a savepoint, and the next rep is tried; when none is left the visitor hears that the time was
 * just taken. So two visitors racing for a rep's last slot get one appointment and one 409, never two appointments.
 */
@Service
public class Bookings {

	private static final Actor BOOKING = new Actor.Job("booking");
	private static final String EXCLUSION_VIOLATION = "23P01";
	private static final String SCHEDULED_STAGE = "Scheduled";

	private final BookingPages pages;
	private final PageSlots slots;
	private final Availabilities availabilities;
	private final AppointmentRepository appointments;
	private final LeadCapture leads;
	private final ContactDirectory contacts;
	private final PipelineFunnel funnel;
	private final ApplicationEventPublisher events;
	private final TenantTransactions transactions;
	private final JdbcClient jdbc;

	Bookings(BookingPages pages, PageSlots slots, Availabilities availabilities, AppointmentRepository appointments,
			LeadCapture leads, ContactDirectory contacts, PipelineFunnel funnel, ApplicationEventPublisher events,
			TenantTransactions transactions, JdbcClient jdbc) {
		this.pages = pages;
		this.slots = slots;
		this.availabilities = availabilities;
		this.appointments = appointments;
		this.leads = leads;
		this.contacts = contacts;
		this.funnel = funnel;
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	public Appointment book(String slug, BookingRequest request) {
		BookingPage page = pages.live(slug).orElseThrow(() -> NotFoundException.of("The booking page"));
		Map<String, String> answers = checkedAnswers(page, request.answers());
		Instant now = Instant.now();
		if (!request.start().isAfter(now)) {
			throw SchedulingInputException.of("start", "That time has passed.");
		}
		OrganizationId organization = page.organizationId();
		UUID id = Ids.next();
		transactions.run(organization, BOOKING, () -> freeRepsAt(page, request.start(), now));
		// The contact commits on its own, before the appointment: an insert waiting on another booking's appointment
		// (the exclusion constraint) then holds no contact row that the other booking might wait for, so racing
		// visitors cannot deadlock. A visitor who loses the race stays a lead and can pick another time.
		Actor person = new Actor.User(page.actingUser());
		ContactId contact = captured(organization, person, request);
		transactions.run(organization, BOOKING, () -> {
			List<UUID> free = freeRepsAt(page, request.start(), now);
			UUID owner = page.assignmentMode() == AssignmentMode.LEAD_OWNER
					? contacts.ownerOf(organization, contact).orElse(null) : null;
			List<RepAssignment.Candidate> candidates = RepAssignment.candidates(page.assignmentMode(), free,
					appointments.lastBooked(organization, page.id(), free), page.fixedRepId(), owner);
			Map<UUID, Availability> reps = availabilities.forReps(organization, free);
			for (RepAssignment.Candidate candidate : candidates) {
				MeetingSettings settings = reps.get(candidate.repId()).settings();
				Instant end = request.start().plus(page.duration());
				NewAppointment appointment = new NewAppointment(page.id(), candidate.repId(), contact.value(),
						request.start(), end, request.start().minus(settings.bufferBefore()),
						end.plus(settings.bufferAfter()), request.timeZone(), candidate.reason(), answers);
				if (inserted(organization, id, appointment)) {
					announce(organization, page, id, appointment, contact);
					return;
				}
			}
			throw SchedulingRefusedException.slotTaken();
		});
		return transactions.call(organization, BOOKING, () -> appointments.find(organization, id)).orElseThrow();
	}

	/**
	 * The visitor as a contact. Many new contacts at once can deadlock in the contacts module's counters; PostgreSQL then
	 * aborts one transaction, which is safe to run again (a few times), rather than failing the visitor's booking.
	 */
	private ContactId captured(OrganizationId organization, Actor person, BookingRequest request) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.call(organization, person,
						() -> leads.capture(organization, person, lead(request)).contactId());
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	private List<UUID> freeRepsAt(BookingPage page, Instant start, Instant now) {
		Instant justAfter = start.plusSeconds(1);
		List<UUID> free = slots.freeReps(page, start, justAfter, now, false).getOrDefault(start, List.of());
		if (free.isEmpty()) {
			throw slots.freeReps(page, start, justAfter, now, true).containsKey(start)
					? SchedulingRefusedException.slotTaken() : SchedulingRefusedException.notOffered();
		}
		return free;
	}

	/** False when the rep's time was taken meanwhile: the exclusion constraint refused the row. */
	private boolean inserted(OrganizationId organization, UUID id, NewAppointment appointment) {
		jdbc.sql("savepoint booking_attempt").update();
		try {
			appointments.insert(organization, id, appointment);
			jdbc.sql("release savepoint booking_attempt").update();
			return true;
		}
		catch (DataAccessException ex) {
			if (!EXCLUSION_VIOLATION.equals(sqlState(ex))) {
				throw ex;
			}
			jdbc.sql("rollback to savepoint booking_attempt").update();
			return false;
		}
	}

	/** The masterclass funnel and the event; the timeline entry, emails and invites follow the event after commit. */
	private void announce(OrganizationId organization, BookingPage page, UUID id, NewAppointment appointment,
			ContactId contact) {
		funnel.moveOpenDeal(organization, BOOKING, contact, PipelineFunnel.MASTERCLASS, SCHEDULED_STAGE);
		events.publishEvent(new AppointmentBooked(organization, AppointmentId.of(id), contact,
				com.growthhub.shared.UserId.of(appointment.repId()), appointment.start(), appointment.end(),
				appointment.timeZone(), com.growthhub.scheduling.BookingPageId.of(page.id())));
	}

	private static LeadCapture.Lead lead(BookingRequest request) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("firstName", request.firstName());
		if (request.lastName() != null) {
			fields.put("lastName", request.lastName());
		}
		fields.put("email", request.email());
		if (request.phone() != null) {
			fields.put("phone", request.phone());
		}
		return new LeadCapture.Lead(fields, Map.of(), null, null, List.of());
	}

	/** The page's questions answered: required ones present, unknown keys dropped, each answer up to 2000 characters. */
	static Map<String, String> checkedAnswers(BookingPage page, Map<String, String> given) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Question question : page.questions()) {
			String answer = given.get(question.key());
			if (answer == null || answer.isBlank()) {
				if (question.required()) {
					throw SchedulingInputException.of("answers." + question.key(), "Please answer: " + question.label());
				}
				continue;
			}
			if (answer.length() > 2000) {
				throw SchedulingInputException.of("answers." + question.key(), "Up to 2000 characters.");
			}
			answers.put(question.key(), answer.strip());
		}
		return answers;
	}

	private static @Nullable String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}
}
