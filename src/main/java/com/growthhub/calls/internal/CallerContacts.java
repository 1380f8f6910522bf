package com.growthhub.calls.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.calls.IncomingCall;
import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactSync;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The contact a call belongs to, through the contacts module's sync API: it normalizes the caller's number to E.164
 * with the organization's region and matches by the caller's number on CallTrackingMetrics (a contact's CTM id is the
 * number that called), then by phone. A caller nobody knows becomes a lead with source {@code ctm}.
 */
@Component
class CallerContacts {

	static final String PLATFORM = "CTM";

	private final ContactSync sync;
	private final ContactDirectory directory;

	CallerContacts(ContactSync sync, ContactDirectory directory) {
		this.sync = sync;
		this.directory = directory;
	}

	/** The caller as a contact; null when the call has no usable number (withheld, or not a phone number). */
	@Nullable Caller match(OrganizationId organization, Actor actor, IncomingCall call) {
		if (call.callerNumber() == null || call.callerNumber().isBlank()) {
			return null;
		}
		Map<String, String> values = new HashMap<>();
		values.put("phone", call.callerNumber());
		values.put(ContactSync.LIFECYCLE, "lead");
		putName(values, call.callerName());
		ContactSync.Match match = sync
			.match(organization, PLATFORM, List.of(new ContactSync.Incoming(call.callerNumber().strip(), values)))
			.getFirst();
		String phone = match.values().get("phone");
		if (match.error() != null || phone == null) {
			return null;
		}
		if (match.contactId() != null) {
			return new Caller(phone, match.contactId(), false);
		}
		ContactSync.Outcome outcome = sync
			.apply(organization, actor, PLATFORM, List.of(new ContactSync.Change(null, phone, match.values())))
			.getFirst();
		return outcome.contactId() == null ? new Caller(phone, null, false) : new Caller(phone, outcome.contactId(), true);
	}

	/** Puts the call on the contact's timeline. */
	void logCall(OrganizationId organization, Actor actor, UUID contactId, UUID callId, IncomingCall call) {
		String direction = call.direction().name().toLowerCase(Locale.ROOT);
		String text = "%s call, %s, %d s".formatted(direction.substring(0, 1).toUpperCase(Locale.ROOT)
				+ direction.substring(1), call.status().name().toLowerCase(Locale.ROOT), call.durationSeconds());
		directory.logInteraction(organization, actor, ContactId.of(contactId), "call", text, call.startedAt(),
				Map.of("callId", callId.toString(), "status", call.status().name().toLowerCase(Locale.ROOT),
						"durationSeconds", call.durationSeconds()));
	}

	private static void putName(Map<String, String> values, @Nullable String name) {
		if (name == null || name.isBlank()) {
			return;
		}
		String stripped = name.strip();
		int space = stripped.lastIndexOf(' ');
		if (space <= 0) {
			values.put("firstName", clip(stripped));
		}
		else {
			values.put("firstName", clip(stripped.substring(0, space).strip()));
			values.put("lastName", clip(stripped.substring(space + 1)));
		}
	}

	private static String clip(String value) {
		return value.length() <= 100 ? value : value.substring(0, 100);
	}

	/** @param phone the caller's number in E.164 */
	record Caller(String phone, @Nullable UUID contactId, boolean created) {
	}
}
