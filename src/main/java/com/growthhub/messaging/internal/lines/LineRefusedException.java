package com.growthhub.messaging.internal.lines;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** A line the organization may not add, or a change a line does not allow. */
public class LineRefusedException extends ProblemException {

	private LineRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static LineRefusedException entitlementExhausted(LineEntitlements.Entitlements entitlements) {
		LineRefusedException refused = new LineRefusedException(HttpStatus.CONFLICT, "No line left to add",
				"Your organization already has all the lines it may have: " + entitlements.freeLinesIncluded()
						+ " included in its plan and " + entitlements.paidLinesAllowed()
						+ " paid. Delete a line or ask for more before adding another.");
		refused.getBody().setProperty("freeLinesIncluded", entitlements.freeLinesIncluded());
		refused.getBody().setProperty("paidLinesAllowed", entitlements.paidLinesAllowed());
		return refused;
	}

	static LineRefusedException phoneNumberTaken() {
		return new LineRefusedException(HttpStatus.CONFLICT, "Phone number in use",
				"That phone number is already a line's.");
	}

	static LineRefusedException notAMember() {
		return new LineRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "Not a member",
				"A line is assigned to a member of the organization.");
	}

	static LineRefusedException needsAnAddress() {
		return new LineRefusedException(HttpStatus.BAD_REQUEST, "Phone number or email address needed",
				"A line needs a phone number (E.164, like +15551234567), an email address, or both.");
	}

	static LineRefusedException invalid(String detail) {
		return new LineRefusedException(HttpStatus.BAD_REQUEST, "Invalid line", detail);
	}

	static LineRefusedException notActive(LineStatus status) {
		return new LineRefusedException(HttpStatus.CONFLICT, "Line not active",
				"This line is " + status.name().toLowerCase(java.util.Locale.ROOT) + " and cannot send yet.");
	}

	static LineRefusedException alreadyActive() {
		return new LineRefusedException(HttpStatus.CONFLICT, "Line already active", "This line is already active.");
	}

	public static LineRefusedException notYours() {
		return new LineRefusedException(HttpStatus.FORBIDDEN, "Not your line",
				"Only the member the line is assigned to, an admin or an owner may send on it.");
	}
}
