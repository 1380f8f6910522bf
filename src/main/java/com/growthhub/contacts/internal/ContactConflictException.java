package com.growthhub.contacts.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 409: the write would break a rule about existing data (duplicate email, forbidden conversion, …). */
public class ContactConflictException extends ProblemException {

	private ContactConflictException(String title, String detail) {
		super(HttpStatus.CONFLICT, title, detail);
	}

	public static ContactConflictException duplicateEmail(@Nullable UUID existingId) {
		ContactConflictException conflict = new ContactConflictException("Duplicate email",
				"A contact with this email already exists.");
		if (existingId != null) {
			conflict.withProperty("existingId", existingId);
		}
		return conflict;
	}

	public static ContactConflictException conversion(String from, String to) {
		return new ContactConflictException("Conversion not allowed", "A " + from + " cannot be converted into a " + to + ".");
	}

	public static ContactConflictException duplicateName(String what) {
		return new ContactConflictException("Name taken", "A " + what + " with this name already exists.");
	}

	public static ContactConflictException externalIdTaken(String platform) {
		return new ContactConflictException("External id taken",
				"Another contact already has this " + platform + " id.");
	}

	public static ContactConflictException mergeSelf() {
		return new ContactConflictException("Merge not possible", "A contact cannot be merged with itself.");
	}

	public static ContactConflictException mergeTrashed() {
		return new ContactConflictException("Merge not possible", "A contact in the trash cannot be merged; restore it first.");
	}

	public static ContactConflictException undoNotPossible(String reason) {
		return new ContactConflictException("Undo not possible", reason);
	}
}
