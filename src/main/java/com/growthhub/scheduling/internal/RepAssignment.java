package com.growthhub.scheduling.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The order in which a booking tries the reps free at its slot, each with the reason kept on the appointment. The
 * first one whose insert the database accepts gets the appointment; the others are there for a rep taken meanwhile.
 */
public final class RepAssignment {

	public record Candidate(UUID repId, String reason) {
	}

	private RepAssignment() {
	}

	/**
	 * @param free the page's reps free at the slot, in page order
	 * @param lastBooked when each rep was last booked on the page (absent: never)
	 * @param owner the lead's owner, for {@link AssignmentMode#LEAD_OWNER}
	 */
	public static List<Candidate> candidates(AssignmentMode mode, List<UUID> free, Map<UUID, Instant> lastBooked,
			@Nullable UUID fixedRep, @Nullable UUID owner) {
		return switch (mode) {
			case FIXED -> fixedRep != null && free.contains(fixedRep) ? List.of(new Candidate(fixedRep, "fixed rep"))
					: List.of();
			case LEAD_OWNER -> {
				if (owner != null && free.contains(owner)) {
					List<Candidate> order = new ArrayList<>(List.of(new Candidate(owner, "lead owner")));
					order.addAll(roundRobin(free.stream().filter(rep -> !rep.equals(owner)).toList(), lastBooked,
							"lead owner taken meanwhile; round robin"));
					yield order;
				}
				String why = owner == null ? "the lead has no owner" : "the lead owner is not free or not a rep of the page";
				yield roundRobin(free, lastBooked, why + "; round robin");
			}
			case ROUND_ROBIN -> roundRobin(free, lastBooked, "round robin");
		};
	}

	/** Least recently booked first (never booked before anyone), ties in page order. */
	static List<Candidate> roundRobin(List<UUID> free, Map<UUID, Instant> lastBooked, String prefix) {
		List<UUID> order = new ArrayList<>(free);
		order.sort(Comparator.comparing((UUID rep) -> lastBooked.getOrDefault(rep, Instant.MIN)));
		String reason = prefix + ": least recently booked of " + free.size() + " free";
		return order.stream().map(rep -> new Candidate(rep, reason)).toList();
	}
}
