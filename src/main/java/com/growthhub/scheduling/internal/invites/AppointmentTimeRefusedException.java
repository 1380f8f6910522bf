package com.growthhub.scheduling.internal.invites;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** A new time the booking page does not offer with the appointment's rep (past, outside hours, taken, not a slot). */
public class AppointmentTimeRefusedException extends ProblemException {

	private AppointmentTimeRefusedException() {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Time not offered",
				"This time is not one of the free times offered for this appointment: pick one of them.");
	}

	public static AppointmentTimeRefusedException notOffered() {
		return new AppointmentTimeRefusedException();
	}
}
