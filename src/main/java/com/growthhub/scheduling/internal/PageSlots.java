package com.growthhub.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * A booking page's slots: every instant at which at least one of its reps is free, with those reps. One read of the
 * reps' availability and one of their live appointments per call, whatever the window.
 */
@Component
public class PageSlots {

	/** The longest window one request may ask for. */
	public static final Duration MAX_WINDOW = Duration.ofDays(62);

	// Enough to see every appointment of a rep's day that begins or ends in the window, in any zone.
	private static final Duration DAY_MARGIN = Duration.ofHours(38);
	private static final Actor READER = new Actor.Job("booking-slots");

	private final Availabilities availabilities;
	private final AppointmentRepository appointments;
	private final TenantTransactions transactions;

	PageSlots(Availabilities availabilities, AppointmentRepository appointments, TenantTransactions transactions) {
		this.availabilities = availabilities;
		this.appointments = appointments;
		this.transactions = transactions;
	}

	/** The page's free slots in {@code [from, to)}, earliest first. */
	public List<Instant> slots(BookingPage page, Instant from, Instant to) {
		checkWindow(from, to);
		return new ArrayList<>(transactions.call(page.organizationId(), READER,
				() -> freeReps(page, from, to, Instant.now(), false)).keySet());
	}

	/**
	 * The free reps per slot, in page order; with {@code ignoringAppointments} the slots the page offers in principle.
	 * Runs in the caller's transaction of the page's organization.
	 */
	NavigableMap<Instant, List<UUID>> freeReps(BookingPage page, Instant from, Instant to, Instant now,
			boolean ignoringAppointments) {
		Map<UUID, Availability> reps = availabilities.forReps(page.organizationId(), page.repIds());
		Map<UUID, List<Busy>> busy = ignoringAppointments ? Map.of()
				: appointments.busy(page.organizationId(), page.repIds(), from.minus(DAY_MARGIN), to.plus(DAY_MARGIN));
		NavigableMap<Instant, List<UUID>> free = new TreeMap<>();
		for (UUID rep : page.repIds()) {
			for (Instant slot : SlotEngine.freeSlots(reps.get(rep), busy.getOrDefault(rep, List.of()), page.duration(),
					page.step(), from, to, now)) {
				free.computeIfAbsent(slot, start -> new ArrayList<>()).add(rep);
			}
		}
		return free;
	}

	public static void checkWindow(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			throw SchedulingInputException.of("to", "Must be after from.");
		}
		if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
			throw SchedulingInputException.of("to", "At most 62 days after from.");
		}
	}
}
