package com.growthhub.journeys.internal;

import java.util.List;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 409 for a journey move its status does not allow; names the moves that are allowed. */
public class JourneyConflictException extends ProblemException {

	private JourneyConflictException(String detail) {
		super(HttpStatus.CONFLICT, "Status change not allowed", detail);
	}

	public static JourneyConflictException transition(JourneyStatus from, JourneyStatus to) {
		List<String> allowed = from.next().stream().map(JourneyStatus::key).toList();
		return (JourneyConflictException) new JourneyConflictException("A journey cannot move from " + from.key() + " to "
				+ to.key() + "; allowed: " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ".")
			.withProperty("allowed", allowed);
	}
}
