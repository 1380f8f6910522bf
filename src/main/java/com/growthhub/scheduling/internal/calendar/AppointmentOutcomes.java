package com.growthhub.scheduling.internal.calendar;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.AppointmentCompleted;
import com.growthhub.scheduling.AppointmentId;
import com.growthhub.scheduling.AppointmentStatus;
import com.growthhub.scheduling.Appointments;
import com.growthhub.shared.OrganizationId;

/**
 * What the calendar's buttons record after a meeting: completed (announced as {@link AppointmentCompleted}) or no-show.
 * The rep marks their own appointments, managers anyone's; only a scheduled appointment moves, once.
 */
@Service
public class AppointmentOutcomes {

	private final TenantTransactions transactions;
	private final Appointments appointments;
	private final Members members;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	AppointmentOutcomes(TenantTransactions transactions, Appointments appointments, Members members, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.transactions = transactions;
		this.appointments = appointments;
		this.members = members;
		this.jdbc = jdbc;
		this.events = events;
	}

	public Appointment mark(OrganizationId organization, Actor actor, UUID appointmentId, AppointmentStatus outcome) {
		if (outcome != AppointmentStatus.COMPLETED && outcome != AppointmentStatus.NO_SHOW) {
			throw AppointmentOutcomeRefusedException.notAnOutcome();
		}
		UUID viewer = actor.requireUserId();
		boolean manager = members.roleOf(organization, viewer).map(role -> role.atLeast(Role.MANAGER)).orElse(false);
		return transactions.call(organization, actor, () -> {
			jdbc.sql("select id from scheduling_appointments where organization_id = ? and id = ? for update")
				.params(organization.value(), appointmentId).query(UUID.class).optional()
				.orElseThrow(() -> NotFoundException.of("Appointment"));
			Appointment appointment = appointments.find(organization, AppointmentId.of(appointmentId))
				.filter(found -> manager || found.repId().value().equals(viewer))
				.orElseThrow(() -> NotFoundException.of("Appointment"));
			if (!appointment.status().canMoveTo(outcome)) {
				throw AppointmentOutcomeRefusedException.closed(appointment.status());
			}
			jdbc.sql("""
					update scheduling_appointments set status = ?, updated_at = now(), version = version + 1
					where organization_id = ? and id = ?
					""").params(outcome.key(), organization.value(), appointmentId).update();
			if (outcome == AppointmentStatus.COMPLETED) {
				events.publishEvent(new AppointmentCompleted(organization, appointment.id(), appointment.contactId(),
						appointment.repId(), appointment.start(), appointment.end(), appointment.timeZone(),
						appointment.bookingPageId()));
			}
			return appointments.find(organization, appointment.id()).orElseThrow();
		});
	}
}
