package com.growthhub.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The free slots of one rep, as instants. Working hours are wall-clock times in the rep's zone, turned into instants
 * per date with that date's offset, so a daylight-saving change moves them as the rep's clock does; a range that spans
 * the change is as long as it really is (an hour shorter or longer). A start in a spring-forward gap moves forward as
 * {@link ZonedDateTime#of} does. Slots start at each range's start and every {@code step} after it, real time.
 * <p>
 * A slot is free when it starts in {@code [from, to)}, at least the minimum notice after {@code now}, fits in its range,
 * the time it would block (buffers included) overlaps no live appointment's block — the same rule as the database's
 * exclusion constraint — and the rep's day (in their zone) has fewer than the maximum appointments.
 */
public final class SlotEngine {

	private SlotEngine() {
	}

	public static List<Instant> freeSlots(Availability rep, List<Busy> busy, Duration duration, Duration step,
			Instant from, Instant to, Instant now) {
		ZoneId zone = rep.zone();
		MeetingSettings settings = rep.settings();
		Instant earliest = max(from, now.plus(settings.minimumNotice()));
		Map<LocalDate, Integer> perDay = countPerDay(busy, zone);
		List<Busy> byTime = busy.stream().sorted(java.util.Comparator.comparing(Busy::blockedUntil)).toList();
		List<Instant> slots = new ArrayList<>();
		// A day in the rep's zone may begin before `from` in UTC terms and its hours still reach into the window.
		LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
		for (LocalDate date = from.atZone(zone).toLocalDate().minusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
			if (settings.maxPerDay() != null && perDay.getOrDefault(date, 0) >= settings.maxPerDay()) {
				continue;
			}
			for (LocalRange range : rep.rangesOn(date)) {
				Instant rangeStart = ZonedDateTime.of(date, range.start(), zone).toInstant();
				Instant rangeEnd = ZonedDateTime.of(date, range.end(), zone).toInstant();
				for (Instant start = rangeStart; !start.plus(duration).isAfter(rangeEnd); start = start.plus(step)) {
					if (start.isBefore(earliest) || !start.isBefore(to)) {
						continue;
					}
					if (isFree(byTime, start.minus(settings.bufferBefore()), start.plus(duration).plus(settings.bufferAfter()))) {
						slots.add(start);
					}
				}
			}
		}
		return slots.stream().distinct().sorted().toList();
	}

	/** The rep's live appointments per date in the rep's zone, for the daily maximum. */
	static Map<LocalDate, Integer> countPerDay(List<Busy> busy, ZoneId zone) {
		Map<LocalDate, Integer> perDay = new HashMap<>();
		busy.forEach(appointment -> perDay.merge(appointment.start().atZone(zone).toLocalDate(), 1, Integer::sum));
		return perDay;
	}

	/**
	 * Whether {@code [blockedFrom, blockedUntil)} overlaps none of the blocks, sorted by their end. Live blocks never
	 * overlap one another (the exclusion constraint), so sorted by end they are sorted by start too: only the first
	 * block ending after {@code blockedFrom} can overlap. A binary search keeps a month of a busy rep cheap.
	 */
	static boolean isFree(List<Busy> byEnd, Instant blockedFrom, Instant blockedUntil) {
		int low = 0;
		int high = byEnd.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (byEnd.get(middle).blockedUntil().isAfter(blockedFrom)) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return low == byEnd.size() || !byEnd.get(low).overlaps(blockedFrom, blockedUntil);
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}
}
