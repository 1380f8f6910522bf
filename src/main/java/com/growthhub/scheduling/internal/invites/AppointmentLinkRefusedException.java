package com.growthhub.scheduling.internal.invites;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** A genuine reschedule or cancel link that can no longer do what it offers. */
public class AppointmentLinkRefusedException extends ProblemException {

	private AppointmentLinkRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	public static AppointmentLinkRefusedException expired() {
		return new AppointmentLinkRefusedException(HttpStatus.GONE, "Link expired",
				"The appointment has begun or is over: it can no longer be changed from this link.");
	}

	public static AppointmentLinkRefusedException closed(String status) {
		return new AppointmentLinkRefusedException(HttpStatus.GONE, "Appointment closed",
				"The appointment is " + status.replace('_', ' ') + ": it can no longer be changed from this link.");
	}

	public static AppointmentLinkRefusedException superseded() {
		return new AppointmentLinkRefusedException(HttpStatus.CONFLICT, "Appointment changed",
				"The appointment has changed since this link was sent: use the link in the newest email.");
	}

	public static AppointmentLinkRefusedException otherAction(String action) {
		return new AppointmentLinkRefusedException(HttpStatus.FORBIDDEN, "Not this link's action",
				"This link can only " + action + " the appointment.");
	}
}
