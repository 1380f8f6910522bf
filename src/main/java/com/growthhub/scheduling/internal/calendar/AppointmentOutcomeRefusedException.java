package com.growthhub.scheduling.internal.calendar;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;
import com.growthhub.scheduling.AppointmentStatus;

/** An outcome the appointment cannot take: it is closed already, or the status is no outcome. */
public class AppointmentOutcomeRefusedException extends ProblemException {

	private AppointmentOutcomeRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	public static AppointmentOutcomeRefusedException closed(AppointmentStatus status) {
		return new AppointmentOutcomeRefusedException(HttpStatus.CONFLICT, "Appointment closed",
				"The appointment is " + status.key().replace('_', ' ') + " already.");
	}

	public static AppointmentOutcomeRefusedException notAnOutcome() {
		return new AppointmentOutcomeRefusedException(HttpStatus.BAD_REQUEST, "Not an outcome",
				"An appointment is marked completed or no_show.");
	}
}
