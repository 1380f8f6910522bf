package com.growthhub.scheduling.internal.invites;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.AppointmentBooked;
import com.growthhub.scheduling.AppointmentCancelled;
import com.growthhub.scheduling.AppointmentId;
import com.growthhub.scheduling.AppointmentRescheduled;
import com.growthhub.scheduling.Appointments;
import com.growthhub.scheduling.internal.invites.AppointmentNotices.Kind;
import com.growthhub.shared.OrganizationId;

/**
 * Tells the visitor and the rep about each booking, reschedule and cancellation, and puts bookings on the contact's
 * timeline (the only place that writes that entry: the booking leaves it to this listener). The timeline entry rides
 * on the confirmation's claim, so a redelivered event sends nothing twice and logs nothing twice; the appointment is
 * read as it is now, so a late delivery never announces a state that has since changed.
 */
@Component
class AppointmentInviteListener {

	private static final Actor JOB = new Actor.Job("appointment-invites");

	private final TenantTransactions transactions;
	private final Appointments appointments;
	private final AppointmentMail mail;
	private final ContactDirectory contacts;

	AppointmentInviteListener(TenantTransactions transactions, Appointments appointments, AppointmentMail mail,
			ContactDirectory contacts) {
		this.transactions = transactions;
		this.appointments = appointments;
		this.mail = mail;
		this.contacts = contacts;
	}

	@ApplicationModuleListener
	void on(AppointmentBooked event) {
		transactions.run(event.organizationId(), JOB, () -> appointment(event.organizationId(), event.appointmentId())
			.ifPresent(appointment -> {
				if (mail.send(appointment, Kind.CONFIRMATION)) {
					contacts.logInteraction(event.organizationId(), JOB, appointment.contactId(), "meeting",
							"Booked " + appointment.bookingPageTitle() + " for "
									+ AppointmentMail.when(appointment, appointment.timeZone()),
							appointment.createdAt(), Map.of("appointmentId", appointment.id().value().toString(),
									"repId", appointment.repId().value().toString(), "start",
									appointment.start().toString(), "status", "scheduled"));
				}
			}));
	}

	@ApplicationModuleListener
	void on(AppointmentRescheduled event) {
		transactions.run(event.organizationId(), JOB, () -> appointment(event.organizationId(), event.appointmentId())
			.filter(appointment -> appointment.sequence() == event.sequence())
			.ifPresent(appointment -> mail.send(appointment, Kind.CONFIRMATION)));
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled event) {
		transactions.run(event.organizationId(), JOB, () -> appointment(event.organizationId(), event.appointmentId())
			.ifPresent(appointment -> mail.send(appointment, Kind.CANCELLATION)));
	}

	private java.util.Optional<Appointment> appointment(OrganizationId organization, AppointmentId id) {
		return appointments.find(organization, id);
	}
}
