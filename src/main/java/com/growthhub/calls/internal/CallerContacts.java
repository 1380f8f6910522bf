package com.growthhub.calls.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
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
		return matchAll(organization, actor, List.of(call)).get(key(call));
	}

	/**
	 * The callers of a page of calls, by {@link #key}, in a few statements whatever the page's size: one match of all
	 * the numbers, then one create of the leads for the numbers no contact has (one lead per number, however many of
	 * its calls the page holds). A call without a usable number maps to null.
	 */
	Map<String, @Nullable Caller> matchAll(OrganizationId organization, Actor actor, List<IncomingCall> calls) {
		Map<String, @Nullable Caller> callers = new HashMap<>();
		Map<String, IncomingCall> byNumber = new LinkedHashMap<>();
		for (IncomingCall call : calls) {
			String key = key(call);
			if (key.isEmpty()) {
				callers.put(key, null);
			}
			else {
				byNumber.putIfAbsent(key, call);
			}
		}
		if (byNumber.isEmpty()) {
			return callers;
		}
		List<ContactSync.Incoming> records = byNumber.entrySet().stream()
			.map(entry -> new ContactSync.Incoming(entry.getKey(), values(entry.getValue())))
			.toList();
		List<ContactSync.Match> matches = sync.match(organization, PLATFORM, records);
		// Numbers written differently may still be one phone: each new phone becomes one lead.
		Map<String, ContactSync.Change> leads = new LinkedHashMap<>();
		for (ContactSync.Match match : matches) {
			String phone = match.values().get("phone");
			if (match.error() != null || phone == null) {
				callers.put(match.externalId(), null);
			}
			else if (match.contactId() != null) {
				callers.put(match.externalId(), new Caller(phone, match.contactId(), false));
			}
			else {
				leads.putIfAbsent(phone, new ContactSync.Change(null, phone, match.values()));
			}
		}
		Map<String, @Nullable UUID> created = new HashMap<>();
		if (!leads.isEmpty()) {
			List<ContactSync.Change> changes = List.copyOf(leads.values());
			List<ContactSync.Outcome> outcomes = sync.apply(organization, actor, PLATFORM, changes);
			for (int i = 0; i < changes.size(); i++) {
				created.put(changes.get(i).externalId(), outcomes.get(i).contactId());
			}
		}
		for (ContactSync.Match match : matches) {
			String phone = match.values().get("phone");
			if (!callers.containsKey(match.externalId()) && phone != null) {
				UUID contactId = created.get(phone);
				callers.put(match.externalId(), contactId == null ? new Caller(phone, null, false) : new Caller(phone, contactId, true));
			}
		}
		return callers;
	}

	/** How a call's caller is looked up in {@link #matchAll}'s answer: the number as the provider sent it. */
	static String key(IncomingCall call) {
		return call.callerNumber() == null ? "" : call.callerNumber().strip();
	}

	private static Map<String, String> values(IncomingCall call) {
		Map<String, String> values = new HashMap<>();
		values.put("phone", call.callerNumber());
		values.put(ContactSync.LIFECYCLE, "lead");
		putName(values, call.callerName());
		return values;
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
