package com.growthhub.masterclasses.internal.insights;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The rule-based insights, always there whatever the AI port: each names a figure worth acting on, with a priority
 * (1 first). Thresholds: a show-up under 40% and a drop-off of a quarter or more of the room are urgent; a funnel step
 * under 30% is the weakest link worth a look.
 */
final class InsightRules {

	private InsightRules() {
	}

	static List<Insight> of(InsightFigures f) {
		List<Insight> insights = new ArrayList<>();
		if (f.registered() == 0) {
			insights.add(Insight.rule("registrations", 2,
					"No registrations yet: share the landing page and check its traffic sources."));
			return insights;
		}
		showUp(f, insights);
		dropOffs(f, insights);
		chat(f, insights);
		questions(f, insights);
		offers(f, insights);
		conversion(f, insights);
		topics(f, insights);
		revenue(f, insights);
		insights.sort(Comparator.comparingInt(Insight::priority));
		return insights;
	}

	private static void showUp(InsightFigures f, List<Insight> insights) {
		if (f.showUpPercent() == null) {
			return;
		}
		String text = "%d%% of registrants with a seat showed up live (%d of %d).".formatted(f.showUpPercent(),
				f.joinedLive(), f.withSeat());
		insights.add(f.showUpPercent() < 40
				? Insight.rule("show_up", 1, text + " Send reminders closer to the start and offer the replay.")
				: Insight.rule("show_up", 3, text));
	}

	private static void dropOffs(InsightFigures f, List<Insight> insights) {
		for (InsightFigures.DropOff drop : f.dropOffs()) {
			if (drop.percent() < 10) {
				continue;
			}
			StringBuilder text = new StringBuilder("%d%% left at %s".formatted(drop.percent(),
					InsightFigures.clock(drop.atSecond())));
			if (drop.section() != null) {
				text.append(" during the ").append(drop.section()).append(" section");
			}
			text.append(" (").append(drop.left()).append(" of ").append(drop.viewers()).append(" viewers)");
			if (drop.line() != null) {
				text.append(", while this was said: \u201c").append(shorten(drop.line())).append('\u201d');
			}
			insights.add(Insight.rule("drop_off", drop.percent() >= 25 ? 1 : 2, text.append('.').toString()));
		}
	}

	private static void chat(InsightFigures f, List<Insight> insights) {
		f.chatByMinute().stream().max(Comparator.comparingInt(InsightFigures.MinuteCount::count)
			.thenComparing(Comparator.comparingInt(InsightFigures.MinuteCount::minute).reversed()))
			.filter(peak -> peak.count() >= 3)
			.ifPresent(peak -> insights.add(Insight.rule("chat", 3, "Chat peaked at %s with %d messages (%d in all)."
				.formatted(InsightFigures.clock(peak.minute() * 60), peak.count(), f.chatMessages()))));
	}

	private static void questions(InsightFigures f, List<Insight> insights) {
		int open = f.questions() - f.questionsAnswered();
		if (open > 0) {
			insights.add(Insight.rule("questions", 2, "%d of %d questions from the chat are unanswered: answer them in a follow-up email."
				.formatted(open, f.questions())));
		}
		else if (f.questions() > 0) {
			insights.add(Insight.rule("questions", 4, "All %d questions from the chat were answered.".formatted(f.questions())));
		}
	}

	private static void offers(InsightFigures f, List<Insight> insights) {
		for (InsightFigures.OfferStat offer : f.offers()) {
			if (!offer.kind().equals("offer") && !offer.kind().equals("book_call")) {
				continue;
			}
			if (offer.clicks() == 0) {
				insights.add(Insight.rule("offers", 2, "No one clicked \u201c%s\u201d%s.".formatted(shorten(offer.text()),
						offer.mediaTimeSeconds() == null ? "" : " shown at " + InsightFigures.clock(offer.mediaTimeSeconds()))));
			}
			else {
				insights.add(Insight.rule("offers", 3, "\u201c%s\u201d was clicked by %d registrants%s.".formatted(
						shorten(offer.text()), offer.clickers(),
						offer.clickerPercent() == null ? "" : " (" + offer.clickerPercent() + "% of live viewers)")));
			}
		}
	}

	private static void conversion(InsightFigures f, List<Insight> insights) {
		InsightFigures.FunnelStep weakest = null;
		InsightFigures.FunnelStep before = null;
		InsightFigures.FunnelStep previous = null;
		for (InsightFigures.FunnelStep step : f.funnel()) {
			if (previous != null && previous.count() > 0 && step.fromPreviousPercent() != null
					&& (weakest == null || step.fromPreviousPercent() < weakest.fromPreviousPercent())) {
				weakest = step;
				before = previous;
			}
			previous = step;
		}
		if (weakest != null && before != null && weakest.fromPreviousPercent() != null
				&& weakest.fromPreviousPercent() < 30) {
			insights.add(Insight.rule("conversion", 2, "The weakest funnel step is %s \u2192 %s: %d%% (%d of %d)."
				.formatted(before.step(), weakest.step(), weakest.fromPreviousPercent(), weakest.count(), before.count())));
		}
		InsightFigures.FunnelStep won = f.funnel().getLast();
		if (won.count() > 0) {
			insights.add(Insight.rule("conversion", 3, "%d of %d registrants became customers (%d%%)."
				.formatted(won.count(), f.registered(), won.ofRegisteredPercent())));
		}
	}

	private static void topics(InsightFigures f, List<Insight> insights) {
		if (!f.topics().isEmpty()) {
			insights.add(Insight.rule("topics", 4, "Most mentioned: " + f.topics().stream().limit(5)
				.map(InsightFigures.Topic::term).collect(Collectors.joining(", ")) + "."));
		}
	}

	private static void revenue(InsightFigures f, List<Insight> insights) {
		if (!f.seatRevenue().isEmpty()) {
			insights.add(Insight.rule("revenue", 4, "Seats paid: " + f.seatRevenue().stream()
				.map(m -> money(m.cents(), m.currency())).collect(Collectors.joining(", ")) + "."));
		}
	}

	static String money(long cents, String currency) {
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.ENGLISH);
		format.setCurrency(Currency.getInstance(currency));
		return format.format(cents / 100.0);
	}

	private static String shorten(@Nullable String text) {
		if (text == null) {
			return "";
		}
		return text.length() <= 90 ? text : text.substring(0, 89).strip() + "\u2026";
	}
}
