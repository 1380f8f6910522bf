package com.growthhub.masterclasses.internal.insights;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Computes a class's {@link InsightFigures} from its recorded rows. */
final class InsightCalculation {

	/** The funnel's order; lost is where a lead left it, so it counts only as registered. */
	private static final List<String> ORDER = List.of("registered", "invoiced", "paid", "attended", "scheduled", "won");

	private static final int RECENT_QUESTIONS = 10;

	private InsightCalculation() {
	}

	static InsightFigures of(InsightData data) {
		ViewerTimeline viewers = new ViewerTimeline(data);
		int withSeat = (int) data.registrations().stream().filter(InsightData.Registration::hasSeat).count();
		List<InsightData.ChatMessage> questions = data.chat().stream().filter(InsightData.ChatMessage::question).toList();
		List<String> texts = Stream.concat(data.chat().stream().map(InsightData.ChatMessage::body),
				data.transcript().stream().map(InsightData.Line::text)).toList();
		return new InsightFigures(byDay(data), data.registrations().size(), withSeat, viewers.joined(),
				InsightFigures.percent(viewers.joined(), withSeat), viewers.perMinute(), viewers.peak(),
				viewers.dropOffs(), chatByMinute(data), data.chat().size(), questions.size(),
				(int) questions.stream().filter(InsightData.ChatMessage::answered).count(),
				questions.reversed().stream().limit(RECENT_QUESTIONS).map(InsightData.ChatMessage::body).toList(),
				Topics.of(texts), offers(data, viewers.joined()), funnel(data), data.seatRevenue());
	}

	private static List<InsightFigures.DayCount> byDay(InsightData data) {
		ZoneId zone = zone(data.masterclass().timeZone());
		Map<LocalDate, Integer> days = new TreeMap<>();
		data.registrations().forEach(r -> days.merge(LocalDate.ofInstant(r.createdAt(), zone), 1, Integer::sum));
		return days.entrySet().stream().map(e -> new InsightFigures.DayCount(e.getKey().toString(), e.getValue())).toList();
	}

	private static List<InsightFigures.MinuteCount> chatByMinute(InsightData data) {
		if (data.chat().isEmpty()) {
			return List.of();
		}
		int last = data.chat().stream().mapToInt(InsightData.ChatMessage::mediaSeconds).max().orElse(0) / 60;
		int[] counts = new int[Math.min(ViewerTimeline.MAX_MINUTES, last + 1)];
		data.chat().forEach(m -> counts[Math.min(counts.length - 1, m.mediaSeconds() / 60)]++);
		List<InsightFigures.MinuteCount> minutes = new ArrayList<>();
		for (int m = 0; m < counts.length; m++) {
			minutes.add(new InsightFigures.MinuteCount(m, counts[m]));
		}
		return minutes;
	}

	private static List<InsightFigures.OfferStat> offers(InsightData data, int joinedLive) {
		return data.offers().stream()
			.map(o -> new InsightFigures.OfferStat(o.id().toString(), o.kind(), o.text(), o.mediaTimeSeconds(),
					o.clicks(), o.clickers(), InsightFigures.percent(o.clickers(), joinedLive)))
			.toList();
	}

	/** registered → paid (paid classes only) → attended → scheduled → won, each counting those who got at least that far. */
	private static List<InsightFigures.FunnelStep> funnel(InsightData data) {
		List<String> steps = data.masterclass().free() ? List.of("registered", "attended", "scheduled", "won")
				: List.of("registered", "paid", "attended", "scheduled", "won");
		List<InsightFigures.FunnelStep> funnel = new ArrayList<>();
		int registered = data.registrations().size();
		Integer previous = null;
		for (String step : steps) {
			int rank = ORDER.indexOf(step);
			int count = (int) data.registrations().stream().filter(r -> Math.max(0, ORDER.indexOf(r.funnelStatus())) >= rank).count();
			funnel.add(new InsightFigures.FunnelStep(step, count,
					previous == null ? null : InsightFigures.percent(count, previous),
					InsightFigures.percent(count, registered)));
			previous = count;
		}
		return funnel;
	}

	private static ZoneId zone(String id) {
		try {
			return ZoneId.of(id);
		}
		catch (RuntimeException e) {
			return ZoneId.of("UTC");
		}
	}
}
