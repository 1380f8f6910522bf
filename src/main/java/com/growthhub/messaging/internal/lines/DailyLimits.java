package com.growthhub.messaging.internal.lines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.growthhub.messaging.LineMembers;
import com.growthhub.shared.OrganizationId;

/**
 * A line's sends per day, the day in the organization's time zone. Checking and counting a send is one upsert whose
 * update applies only below both limits: concurrent sends queue on the day's row and the one that would pass a limit
 * gets no row back, so the limits hold exactly however many send at once.
 */
@Component
public class DailyLimits {

	private final JdbcClient jdbc;

	private final LineMembers members;

	private final Clock clock;

	@Autowired
	DailyLimits(JdbcClient jdbc, LineMembers members, ObjectProvider<Clock> clock) {
		this(jdbc, members, clock.getIfAvailable(Clock::systemUTC));
	}

	/** With a clock of the caller's, for tests at the turn of a day. */
	DailyLimits(JdbcClient jdbc, LineMembers members, Clock clock) {
		this.jdbc = jdbc;
		this.members = members;
		this.clock = clock;
	}

	/** Today's counts against the line's limits, and when they start again from zero. */
	public record Usage(LocalDate day, int newConversations, int newConversationsLimit, int messages, int messagesLimit,
			Instant resetsAt) {
	}

	/** Counts one message (and a new conversation when it opens one), or refuses it with 429 and nothing counted. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Usage count(OrganizationId organization, LineView line, boolean newConversation) {
		ZoneId zone = members.timeZone(organization);
		LocalDate day = LocalDate.now(clock.withZone(zone));
		Instant resetsAt = day.plusDays(1).atStartOfDay(zone).toInstant();
		int opened = newConversation ? 1 : 0;
		Optional<int[]> counted = jdbc.sql("""
				insert into line_day_usage as usage (line_id, day, organization_id, new_conversations, messages)
				values (:line, :day, :org, :opened, 1)
				on conflict (line_id, day) do update
				  set messages = usage.messages + 1, new_conversations = usage.new_conversations + excluded.new_conversations
				  where usage.messages < :messagesLimit
				    and usage.new_conversations + excluded.new_conversations <= :conversationsLimit
				returning new_conversations, messages
				""")
			.param("line", line.id())
			.param("day", day)
			.param("org", organization.value())
			.param("opened", opened)
			.param("messagesLimit", line.dailyMessagesLimit())
			.param("conversationsLimit", line.dailyNewConversationsLimit())
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.optional();
		if (counted.isEmpty()) {
			Usage now = usage(organization, line);
			throw DailyLimitReachedException.of(now.messages() >= line.dailyMessagesLimit() ? "messages" : "new_conversations",
					now.messages() >= line.dailyMessagesLimit() ? line.dailyMessagesLimit() : line.dailyNewConversationsLimit(),
					resetsAt, clock.instant());
		}
		return new Usage(day, counted.get()[0], line.dailyNewConversationsLimit(), counted.get()[1],
				line.dailyMessagesLimit(), resetsAt);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Usage usage(OrganizationId organization, LineView line) {
		ZoneId zone = members.timeZone(organization);
		LocalDate day = LocalDate.now(clock.withZone(zone));
		int[] counts = jdbc.sql("""
				select new_conversations, messages from line_day_usage where organization_id = ? and line_id = ? and day = ?
				""").params(organization.value(), line.id(), day)
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.optional()
			.orElse(new int[] { 0, 0 });
		return new Usage(day, counts[0], line.dailyNewConversationsLimit(), counts[1], line.dailyMessagesLimit(),
				day.plusDays(1).atStartOfDay(zone).toInstant());
	}

	/** Usage of many lines at once, for the list that refreshes itself. */
	@Transactional(propagation = Propagation.MANDATORY)
	public java.util.Map<UUID, Usage> usage(OrganizationId organization, java.util.List<LineView> lines) {
		java.util.Map<UUID, Usage> all = new java.util.LinkedHashMap<>();
		lines.forEach(line -> all.put(line.id(), usage(organization, line)));
		return all;
	}
}
