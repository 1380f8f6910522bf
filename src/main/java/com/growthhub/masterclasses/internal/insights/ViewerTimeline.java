package com.growthhub.masterclasses.internal.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Live viewers per media minute from the heartbeat sessions (each registrant once per minute, however many sessions),
 * and the drop-off points: minutes in which registrants' last live session ended before the class did.
 */
final class ViewerTimeline {

	static final int MAX_MINUTES = 600;

	private static final int DROP_OFFS = 3;

	private final InsightData data;
	private final int[] viewers;
	private final Map<UUID, Integer> lastSecond = new HashMap<>();
	private final int endSecond;

	ViewerTimeline(InsightData data) {
		this.data = data;
		Instant zero = data.mediaZero();
		Map<UUID, BitSet> watched = new HashMap<>();
		int last = 0;
		for (InsightData.Session session : data.sessions()) {
			if (!session.mode().equals("live")) {
				continue;
			}
			int from = clamp(seconds(zero, session.joinedAt()));
			int to = clamp(seconds(zero, session.end()));
			watched.computeIfAbsent(session.registrationId(), id -> new BitSet()).set(from / 60, to / 60 + 1);
			lastSecond.merge(session.registrationId(), to, Math::max);
			last = Math.max(last, to);
		}
		Instant ended = data.masterclass().liveEndedAt();
		this.endSecond = ended != null ? clamp(seconds(zero, ended)) : last;
		this.viewers = new int[Math.min(MAX_MINUTES, endSecond / 60 + 1)];
		watched.values().forEach(minutes -> minutes.stream().filter(m -> m < viewers.length).forEach(m -> viewers[m]++));
	}

	int joined() {
		return lastSecond.size();
	}

	List<InsightFigures.MinuteCount> perMinute() {
		List<InsightFigures.MinuteCount> counts = new ArrayList<>();
		if (lastSecond.isEmpty()) {
			return counts;
		}
		for (int m = 0; m < viewers.length; m++) {
			counts.add(new InsightFigures.MinuteCount(m, viewers[m]));
		}
		return counts;
	}

	int peak() {
		int peak = 0;
		for (int count : viewers) {
			peak = Math.max(peak, count);
		}
		return peak;
	}

	/** The minutes most viewers left in for good, most first; a leave within the class's last minute is no drop-off. */
	List<InsightFigures.DropOff> dropOffs() {
		Map<Integer, List<Integer>> leaves = new HashMap<>();
		Set<UUID> counted = new HashSet<>();
		lastSecond.forEach((registration, second) -> {
			if (second < endSecond - 60 && counted.add(registration)) {
				leaves.computeIfAbsent(second / 60, m -> new ArrayList<>()).add(second);
			}
		});
		return leaves.entrySet().stream()
			.sorted(Comparator.<Map.Entry<Integer, List<Integer>>>comparingInt(e -> -e.getValue().size())
				.thenComparingInt(Map.Entry::getKey))
			.limit(DROP_OFFS)
			.map(e -> dropOff(e.getKey(), e.getValue()))
			.toList();
	}

	private InsightFigures.DropOff dropOff(int minute, List<Integer> seconds) {
		int at = (int) Math.round(seconds.stream().mapToInt(Integer::intValue).average().orElse(minute * 60));
		int watching = minute < viewers.length ? viewers[minute] : seconds.size();
		Integer percent = InsightFigures.percent(seconds.size(), Math.max(watching, seconds.size()));
		return new InsightFigures.DropOff(minute, at, seconds.size(), Math.max(watching, seconds.size()),
				percent == null ? 0 : percent, section(minute), line(at));
	}

	private @Nullable String section(int minute) {
		String title = null;
		for (InsightData.AgendaItem item : data.agenda().stream()
			.sorted(Comparator.comparingInt(InsightData.AgendaItem::minute))
			.toList()) {
			if (item.minute() <= minute) {
				title = item.title();
			}
		}
		return title;
	}

	/** The transcript line being said at {@code second}: the last that started by then. */
	private @Nullable String line(int second) {
		long ms = second * 1000L;
		List<InsightData.Line> lines = data.transcript();
		int low = 0;
		int high = lines.size() - 1;
		int found = -1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			if (lines.get(mid).startMs() <= ms) {
				found = mid;
				low = mid + 1;
			}
			else {
				high = mid - 1;
			}
		}
		return found < 0 ? null : lines.get(found).text();
	}

	private static int seconds(Instant zero, Instant at) {
		return (int) Math.min(Integer.MAX_VALUE, Duration.between(zero, at).toSeconds());
	}

	private static int clamp(int second) {
		return Math.clamp(second, 0, MAX_MINUTES * 60 - 1);
	}
}
