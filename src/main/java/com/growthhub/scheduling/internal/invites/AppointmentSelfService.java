package com.growthhub.scheduling.internal.invites;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.AppointmentCancelled;
import com.growthhub.scheduling.AppointmentId;
import com.growthhub.scheduling.AppointmentRescheduled;
import com.growthhub.scheduling.AppointmentStatus;
import com.growthhub.scheduling.Appointments;
import com.growthhub.scheduling.internal.invites.AppointmentLinkTokens.Action;
import com.growthhub.scheduling.internal.invites.AppointmentLinkTokens.Claim;
import com.growthhub.shared.OrganizationId;

/**
 * What a visitor does with the link in their email, with no account: see the appointment, move it to another free
 * time of the same rep, or cancel it. The link's token is the credential; it holds while the appointment is scheduled,
 * has not begun and has not changed since the link was sent. A move keeps the row (and so the invite's UID) and raises
 * its SEQUENCE; the exclusion constraint on the rep's time decides a race for the new time.
 */
@Service
public class AppointmentSelfService {

	private static final Actor VISITOR = new Actor.Job("appointment-link");
	private static final String EXCLUSION_VIOLATION = "23P01";

	private final AppointmentLinkTokens tokens;
	private final TenantTransactions transactions;
	private final Appointments appointments;
	private final Members members;
	private final FreeTimes freeTimes;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AppointmentSelfService(AppointmentLinkTokens tokens, TenantTransactions transactions, Appointments appointments,
			Members members, FreeTimes freeTimes, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.transactions = transactions;
		this.appointments = appointments;
		this.members = members;
		this.freeTimes = freeTimes;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	/** The appointment behind a link, as its page shows it. */
	public record Managed(Appointment appointment, Action action, String repName, String bookingPageSlug) {
	}

	public Managed show(String token) {
		Claim claim = claim(token);
		OrganizationId organization = organizationOf(claim);
		return transactions.call(organization, VISITOR, () -> {
			Appointment appointment = current(organization, claim);
			String rep = members.find(organization, appointment.repId().value()).map(Members.Member::name).orElse("");
			return new Managed(appointment, claim.action(), rep, slugOf(organization, appointment));
		});
	}

	/** The free times the appointment may move to, from now over the next weeks. */
	public List<Instant> freeTimes(String token) {
		Claim claim = claim(token);
		requireAction(claim, Action.RESCHEDULE);
		OrganizationId organization = organizationOf(claim);
		return transactions.call(organization, VISITOR, () -> {
			Appointment appointment = current(organization, claim);
			Instant now = clock.instant();
			return freeTimes.slots(organization, appointment, now, now.plus(FreeTimes.HORIZON));
		});
	}

	public Appointment reschedule(String token, Instant start, ZoneId visitorZone) {
		Claim claim = claim(token);
		requireAction(claim, Action.RESCHEDULE);
		OrganizationId organization = organizationOf(claim);
		return transactions.call(organization, VISITOR, () -> {
			Appointment before = lock(organization, claim);
			freeTimes.requireOffered(organization, before, start);
			try {
				jdbc.sql("""
						update scheduling_appointments
						set starts_at = cast(:start as timestamptz), ends_at = cast(:start as timestamptz) + (ends_at - starts_at),
						    blocked_from = cast(:start as timestamptz) - (starts_at - blocked_from),
						    blocked_until = cast(:start as timestamptz) + (blocked_until - starts_at),
						    time_zone = :zone, sequence = sequence + 1, updated_at = now(), version = version + 1
						where organization_id = :org and id = :id
						""").param("start", java.sql.Timestamp.from(start)).param("zone", visitorZone.getId())
					.param("org", organization.value()).param("id", before.id().value()).update();
			}
			catch (DataIntegrityViolationException ex) {
				if (ex.getMostSpecificCause() instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
					throw AppointmentSlotTakenException.create();
				}
				throw ex;
			}
			Appointment after = appointments.find(organization, before.id()).orElseThrow();
			events.publishEvent(new AppointmentRescheduled(organization, after.id(), after.contactId(), after.repId(),
					after.start(), after.end(), after.timeZone(), after.bookingPageId(), before.start(), before.end(),
					after.sequence()));
			return after;
		});
	}

	public Appointment cancel(String token) {
		Claim claim = claim(token);
		requireAction(claim, Action.CANCEL);
		OrganizationId organization = organizationOf(claim);
		return transactions.call(organization, VISITOR, () -> {
			Appointment before = lock(organization, claim);
			jdbc.sql("""
					update scheduling_appointments set status = 'cancelled', updated_at = now(), version = version + 1
					where organization_id = ? and id = ?
					""").params(organization.value(), before.id().value()).update();
			events.publishEvent(new AppointmentCancelled(organization, before.id(), before.contactId(), before.repId(),
					before.start(), before.end(), before.timeZone(), before.bookingPageId()));
			return appointments.find(organization, before.id()).orElseThrow();
		});
	}

	private Claim claim(String token) {
		Claim claim = tokens.read(token).orElseThrow(() -> NotFoundException.of("Appointment"));
		if (claim.expiredAt(clock.instant())) {
			throw AppointmentLinkRefusedException.expired();
		}
		return claim;
	}

	private static void requireAction(Claim claim, Action action) {
		if (claim.action() != action) {
			throw AppointmentLinkRefusedException.otherAction(claim.action().name().toLowerCase(java.util.Locale.ROOT));
		}
	}

	private OrganizationId organizationOf(Claim claim) {
		UUID organization = transactions.call(TenantScope.system(VISITOR), () -> jdbc.sql(
				"select organization_id from scheduling_appointments where id = ?").param(claim.appointmentId())
			.query(UUID.class).optional().orElseThrow(() -> NotFoundException.of("Appointment")));
		return OrganizationId.of(organization);
	}

	private Appointment current(OrganizationId organization, Claim claim) {
		Appointment appointment = appointments.find(organization, AppointmentId.of(claim.appointmentId()))
			.orElseThrow(() -> NotFoundException.of("Appointment"));
		return stillHolds(appointment, claim);
	}

	/** Locks the row first, so a concurrent move or cancel through another link waits and then finds it changed. */
	private Appointment lock(OrganizationId organization, Claim claim) {
		jdbc.sql("select id from scheduling_appointments where organization_id = ? and id = ? for update")
			.params(organization.value(), claim.appointmentId()).query(UUID.class).optional()
			.orElseThrow(() -> NotFoundException.of("Appointment"));
		return current(organization, claim);
	}

	private static Appointment stillHolds(Appointment appointment, Claim claim) {
		if (appointment.status() != AppointmentStatus.SCHEDULED) {
			throw AppointmentLinkRefusedException.closed(appointment.status().key());
		}
		if (appointment.sequence() != claim.sequence()) {
			throw AppointmentLinkRefusedException.superseded();
		}
		return appointment;
	}

	private String slugOf(OrganizationId organization, Appointment appointment) {
		return jdbc.sql("select slug from scheduling_booking_pages where organization_id = ? and id = ?")
			.params(organization.value(), appointment.bookingPageId().value()).query(String.class).optional().orElse("");
	}
}
