package com.growthhub.contacts.internal.sync;

import static com.growthhub.contacts.ContactSync.LIFECYCLE;
import static com.growthhub.contacts.ContactSync.OWNER_EMAIL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactSync.Skipped;

/** The fields of a record a sync leaves out rather than fail the record for: they are warnings, not errors. */
final class SkippedFields {

	private SkippedFields() {
	}

	/**
	 * Takes out of {@code values} an owner no member has and a lifecycle that is unknown or would move the contact
	 * ({@code current} values, null for a new one) backwards; answers what was left out and why.
	 */
	static List<Skipped> takeOut(Map<String, String> values, @Nullable Map<String, String> current, SyncOwners owners) {
		List<Skipped> skipped = new ArrayList<>();
		String owner = values.get(OWNER_EMAIL);
		if (owner != null && owners.idOf(owner) == null) {
			values.remove(OWNER_EMAIL);
			skipped.add(new Skipped(OWNER_EMAIL, "the owner " + owner
					+ " is not a member of this organization, so the contact's owner was left as it was"));
		}
		String lifecycle = values.get(LIFECYCLE);
		if (lifecycle != null) {
			String currentType = current == null ? null : current.get(LIFECYCLE);
			String problem = LifecycleSteps.problem(currentType == null ? null : LifecycleSteps.parse(currentType), lifecycle);
			if (problem != null) {
				values.remove(LIFECYCLE);
				skipped.add(new Skipped(LIFECYCLE, "the lifecycle " + problem));
			}
		}
		return skipped;
	}
}
