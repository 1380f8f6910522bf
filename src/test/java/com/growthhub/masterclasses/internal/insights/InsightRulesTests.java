package com.growthhub.masterclasses.internal.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.masterclasses.internal.transcripts.ClassFacts;

/**
 * Figures and rule-based insights of a recorded session (fixture rows): a paid one-hour class, ten seats, eight live
 * viewers of whom four left around 32:10 in the pricing section, a chat with questions, an offer and a book-call
 * button nobody clicked.
 */
class InsightRulesTests {

	static final Instant LIVE = Instant.parse("2026-12-01T18:00:00Z");

	@Test
	void aRecordedSessionGivesItsFiguresAndInsights() {
		InsightFigures figures = InsightCalculation.of(recordedSession());

		assertThat(figures.registered()).isEqualTo(12);
		assertThat(figures.withSeat()).isEqualTo(10);
		assertThat(figures.joinedLive()).isEqualTo(8);
		assertThat(figures.showUpPercent()).isEqualTo(80);
		assertThat(figures.peakViewers()).isEqualTo(8);
		assertThat(figures.viewersByMinute()).hasSize(61);
		assertThat(figures.viewersByMinute().get(32).count()).isEqualTo(8);
		assertThat(figures.viewersByMinute().get(33).count()).isEqualTo(4);
		assertThat(figures.dropOffs()).singleElement().satisfies(drop -> {
			assertThat(drop.minute()).isEqualTo(32);
			assertThat(drop.clock()).isEqualTo("32:10");
			assertThat(drop.left()).isEqualTo(4);
			assertThat(drop.percent()).isEqualTo(50);
			assertThat(drop.section()).isEqualTo("Pricing");
			assertThat(drop.line()).isEqualTo("Now the price of the program: 2,000 dollars.");
		});
		assertThat(figures.chatByMinute().get(5).count()).isEqualTo(6);
		assertThat(figures.questions()).isEqualTo(3);
		assertThat(figures.questionsAnswered()).isEqualTo(1);
		assertThat(figures.topics()).extracting(InsightFigures.Topic::term).startsWith("program").contains("price", "lisbon")
			.doesNotContain("the", "what", "you");
		assertThat(figures.funnel()).extracting(InsightFigures.FunnelStep::step, InsightFigures.FunnelStep::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("registered", 12), org.assertj.core.groups.Tuple.tuple("paid", 10),
					org.assertj.core.groups.Tuple.tuple("attended", 8), org.assertj.core.groups.Tuple.tuple("scheduled", 3),
					org.assertj.core.groups.Tuple.tuple("won", 1));
		assertThat(figures.funnel().get(3).fromPreviousPercent()).isEqualTo(38);

		List<Insight> insights = InsightRules.of(figures);

		assertThat(insights).extracting(Insight::priority).isSorted();
		assertThat(insights).allSatisfy(i -> assertThat(i.source()).isEqualTo("rule"));
		assertThat(insights).first().isEqualTo(Insight.rule("drop_off", 1, "50% left at 32:10 during the Pricing section "
				+ "(4 of 8 viewers), while this was said: \u201cNow the price of the program: 2,000 dollars.\u201d."));
		assertThat(insights).contains(
				Insight.rule("show_up", 3, "80% of registrants with a seat showed up live (8 of 10)."),
				Insight.rule("questions", 2, "2 of 3 questions from the chat are unanswered: answer them in a follow-up email."),
				Insight.rule("offers", 2, "No one clicked \u201cBook your call\u201d shown at 55:00."),
				Insight.rule("offers", 3, "\u201c50% off today\u201d was clicked by 2 registrants (25% of live viewers)."),
				Insight.rule("chat", 3, "Chat peaked at 5:00 with 6 messages (12 in all)."),
				Insight.rule("revenue", 4, "Seats paid: \u20ac1,000.00."));
		// The weakest step (scheduled → won, 33%) is above the 30% worth flagging.
		assertThat(insights).filteredOn(i -> i.type().equals("conversion")).extracting(Insight::text)
			.containsExactly("1 of 12 registrants became customers (8%).");
	}

	@Test
	void aClassWithoutRegistrationsSaysSoAndALowShowUpIsUrgent() {
		InsightData empty = new InsightData(masterclass(0), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of());
		assertThat(InsightRules.of(InsightCalculation.of(empty))).extracting(Insight::type).containsExactly("registrations");

		List<InsightData.Registration> seats = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			seats.add(new InsightData.Registration(UUID.randomUUID(), null, "registered", true, LIVE.minusSeconds(86_400)));
		}
		List<InsightData.Session> one = List.of(new InsightData.Session(seats.getFirst().id(), "live", LIVE,
				LIVE.plusSeconds(600), null, 600));
		InsightData lowShowUp = new InsightData(masterclass(0), List.of(), seats, one, List.of(), List.of(), List.of(),
				List.of());
		assertThat(InsightRules.of(InsightCalculation.of(lowShowUp))).first()
			.satisfies(i -> assertThat(i.type()).isEqualTo("show_up"))
			.satisfies(i -> assertThat(i.priority()).isEqualTo(1));
	}

	static InsightData recordedSession() {
		List<InsightData.Registration> registrations = new ArrayList<>();
		List<InsightData.Session> sessions = new ArrayList<>();
		String[] statuses = { "won", "scheduled", "scheduled", "attended", "attended", "attended", "attended", "attended",
				"paid", "paid", "invoiced", "lost" };
		for (int i = 0; i < statuses.length; i++) {
			UUID id = UUID.randomUUID();
			registrations.add(new InsightData.Registration(id, UUID.randomUUID(), statuses[i], i < 10,
					LIVE.minusSeconds(86_400L * (i % 3 + 1))));
			if (i < 8) {
				boolean leavesEarly = i >= 4;
				// Two sessions for the first viewer (a reconnect): still one viewer per minute.
				if (i == 0) {
					sessions.add(new InsightData.Session(id, "live", LIVE.plusSeconds(10), LIVE.plusSeconds(300),
							LIVE.plusSeconds(300), 290));
					sessions.add(new InsightData.Session(id, "live", LIVE.plusSeconds(330), LIVE.plusSeconds(3600), null, 3270));
				}
				else {
					int leave = leavesEarly ? new int[] { 1925, 1928, 1932, 1935 }[i - 4] : 3600;
					sessions.add(new InsightData.Session(id, "live", LIVE.plusSeconds(5), LIVE.plusSeconds(leave), null, leave));
				}
			}
		}
		sessions.add(new InsightData.Session(registrations.get(9).id(), "replay", LIVE.plusSeconds(90_000),
				LIVE.plusSeconds(91_000), null, 1000));
		List<InsightData.ChatMessage> chat = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			chat.add(new InsightData.ChatMessage(300 + i, "Hello from Lisbon, loving the program", false, false));
		}
		chat.add(new InsightData.ChatMessage(1200, "What is the price?", true, true));
		chat.add(new InsightData.ChatMessage(1900, "Is the price per month?", true, false));
		chat.add(new InsightData.ChatMessage(1910, "Can I pay the price in installments?", true, false));
		chat.add(new InsightData.ChatMessage(1920, "price seems high", false, false));
		chat.add(new InsightData.ChatMessage(2000, "thanks", false, false));
		chat.add(new InsightData.ChatMessage(2100, "great", false, false));
		List<InsightData.Line> transcript = List.of(new InsightData.Line(0, 5000, "Ada", "Welcome to the program."),
				new InsightData.Line(1_800_000, 1_900_000, "Ada", "Let's look at what you get."),
				new InsightData.Line(1_920_000, 1_950_000, "Ada", "Now the price of the program: 2,000 dollars."),
				new InsightData.Line(1_950_000, 2_000_000, "Ada", "The price includes coaching."));
		List<InsightData.Offer> offers = List.of(
				new InsightData.Offer(UUID.randomUUID(), "offer", "50% off today", 2400, 3, 2),
				new InsightData.Offer(UUID.randomUUID(), "book_call", "Book your call", 3300, 0, 0),
				new InsightData.Offer(UUID.randomUUID(), "poll", "Which topic next?", null, 0, 0));
		return new InsightData(masterclass(10_000), List.of(new InsightData.AgendaItem(0, "Welcome"),
				new InsightData.AgendaItem(30, "Pricing"), new InsightData.AgendaItem(45, "Questions")), registrations,
				sessions, chat, offers, transcript, List.of(new InsightData.Money(100_000, "EUR")));
	}

	static ClassFacts masterclass(long priceCents) {
		return new ClassFacts(UUID.randomUUID(), "Pricing masterclass", null, LIVE, LIVE.plusSeconds(3600), "Europe/Lisbon",
				priceCents, "EUR", null, LIVE, LIVE.plusSeconds(3600));
	}
}
