package com.growthhub.scheduling.internal.invites;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** The database's exclusion constraint refused the new time: another appointment of the rep holds it. */
public class AppointmentSlotTakenException extends ProblemException {

	private AppointmentSlotTakenException() {
		super(HttpStatus.CONFLICT, "That time was just taken", "Another booking holds this time now: pick another.");
	}

	public static AppointmentSlotTakenException create() {
		return new AppointmentSlotTakenException();
	}
}
