package com.growthhub.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Round robin, lead owner and fixed assignment, with the reasons kept on appointments. */
class RepAssignmentTests {

	final UUID ann = UUID.randomUUID();
	final UUID bob = UUID.randomUUID();
	final UUID cid = UUID.randomUUID();
	final Map<UUID, Instant> lastBooked = Map.of(ann, Instant.parse("2026-06-01T10:00:00Z"), bob,
			Instant.parse("2026-05-01T10:00:00Z"));

	@Test
	void roundRobinTriesNeverBookedThenLeastRecentlyBooked() {
		assertThat(RepAssignment.candidates(AssignmentMode.ROUND_ROBIN, List.of(ann, bob, cid), lastBooked, null, null))
			.extracting(RepAssignment.Candidate::repId)
			.containsExactly(cid, bob, ann);
		assertThat(RepAssignment.candidates(AssignmentMode.ROUND_ROBIN, List.of(ann, bob, cid), lastBooked, null, null)
			.getFirst().reason()).isEqualTo("round robin: least recently booked of 3 free");
	}

	@Test
	void roundRobinKeepsPageOrderAmongRepsNeverBooked() {
		UUID dan = UUID.randomUUID();
		assertThat(RepAssignment.candidates(AssignmentMode.ROUND_ROBIN, List.of(dan, cid), Map.of(), null, null))
			.extracting(RepAssignment.Candidate::repId)
			.containsExactly(dan, cid);
	}

	@Test
	void leadOwnerFirstWhenFreeElseRoundRobinSayingWhy() {
		assertThat(RepAssignment.candidates(AssignmentMode.LEAD_OWNER, List.of(ann, bob), lastBooked, null, ann))
			.extracting(RepAssignment.Candidate::repId, RepAssignment.Candidate::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ann, "lead owner"), org.assertj.core.groups.Tuple
				.tuple(bob, "lead owner taken meanwhile; round robin: least recently booked of 1 free"));
		assertThat(RepAssignment.candidates(AssignmentMode.LEAD_OWNER, List.of(ann, bob), lastBooked, null, cid).getFirst())
			.isEqualTo(new RepAssignment.Candidate(bob,
					"the lead owner is not free or not a rep of the page; round robin: least recently booked of 2 free"));
		assertThat(RepAssignment.candidates(AssignmentMode.LEAD_OWNER, List.of(ann), lastBooked, null, null).getFirst()
			.reason()).startsWith("the lead has no owner");
	}

	@Test
	void fixedOnlyTheFixedRepWhenFree() {
		assertThat(RepAssignment.candidates(AssignmentMode.FIXED, List.of(ann, bob), lastBooked, bob, null))
			.containsExactly(new RepAssignment.Candidate(bob, "fixed rep"));
		assertThat(RepAssignment.candidates(AssignmentMode.FIXED, List.of(ann), lastBooked, bob, null)).isEmpty();
	}
}
