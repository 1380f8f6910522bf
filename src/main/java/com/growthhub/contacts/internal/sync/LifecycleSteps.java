package com.growthhub.contacts.internal.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactType;

/**
 * The lifecycle moves a sync may make: forward only, along {@link ContactType#conversions()}, one conversion at a
 * time (a target that the other system calls a client passes through contact and lead, each step a conversion of its
 * own, as a person would have made them).
 */
final class LifecycleSteps {

	private LifecycleSteps() {
	}

	static @Nullable ContactType parse(String key) {
		return Arrays.stream(ContactType.values()).filter(type -> type.key().equals(key)).findFirst().orElse(null);
	}

	/** The types to convert through, in order, ending with {@code to}; empty when {@code to} is not ahead. */
	static List<ContactType> path(ContactType from, ContactType to) {
		Map<ContactType, ContactType> cameFrom = new EnumMap<>(ContactType.class);
		Deque<ContactType> queue = new ArrayDeque<>(List.of(from));
		while (!queue.isEmpty()) {
			ContactType type = queue.poll();
			for (ContactType next : type.conversions()) {
				if (next != from && !cameFrom.containsKey(next)) {
					cameFrom.put(next, type);
					queue.add(next);
				}
			}
		}
		if (from == to || !cameFrom.containsKey(to)) {
			return List.of();
		}
		List<ContactType> path = new ArrayList<>();
		for (ContactType step = to; step != from; step = cameFrom.get(step)) {
			path.addFirst(step);
		}
		return path;
	}

	/** Why a record's lifecycle cannot apply to a contact of type {@code current} (null for a new one), or null. */
	static @Nullable String problem(@Nullable ContactType current, String wanted) {
		ContactType type = parse(wanted);
		if (type == null) {
			return "\"" + wanted + "\" is not a lifecycle here (target, contact, plug, lead or client), so it was left as it was";
		}
		if (current == null || current == type || !path(current, type).isEmpty()) {
			return null;
		}
		return "a " + current.key() + " does not move back to " + type.key()
				+ " (lifecycles only move forward), so it was left as it was";
	}
}
