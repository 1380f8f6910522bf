package com.growthhub.calls.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.calls.CallDirection;
import com.growthhub.calls.CallStatus;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * Reading calls: the inbox's keyset pages (newest first, each filter served by an index that leads with the
 * organization and ends with the start time), one call with its history, and counts per category over time.
 */
@Service
public class CallInbox {

	public static final int DEFAULT_LIMIT = 25;
	public static final int MAX_LIMIT = 100;

	private final JdbcClient jdbc;
	private final CallRepository calls;
	private final TenantTransactions transactions;

	CallInbox(JdbcClient jdbc, CallRepository calls, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.calls = calls;
		this.transactions = transactions;
	}

	/** A call in a list: no transcript, the rest of what the inbox shows. */
	public record CallSummary(UUID id, String provider, String externalId, @Nullable String callerNumber,
			@Nullable String callerName, CallDirection direction, @Nullable String source, @Nullable String campaign,
			Instant startedAt, int durationSeconds, CallStatus status, CallCategory category, @Nullable Integer rating,
			@Nullable String summary, @Nullable Double confidence, boolean reviewed, @Nullable UUID contactId,
			boolean hasRecording) {
	}

	public record Page(List<CallSummary> items, @Nullable String nextCursor) {
	}

	public record Detail(CallView call, List<CallHistoryEntry> history) {
	}

	public Page list(OrganizationId organization, Actor actor, CallFilter filter, @Nullable PageCursor cursor,
			int limit) {
		int size = Math.clamp(limit, 1, MAX_LIMIT);
		StringBuilder sql = new StringBuilder("""
				select id, provider, external_id, caller_number, caller_name, direction, source, campaign, started_at,
				  duration_seconds, status, category, rating, summary, confidence, reviewed, contact_id,
				  recording_url is not null as has_recording
				from calls where organization_id = ?""");
		List<Object> params = new ArrayList<>();
		params.add(organization.value());
		where(sql, params, filter);
		if (cursor != null) {
			sql.append(" and (started_at, id) < (?, ?)");
			params.add(Timestamp.from(cursor.instant()));
			params.add(cursor.id());
		}
		sql.append(" order by started_at desc, id desc limit ?");
		params.add(size + 1);
		List<CallSummary> rows = transactions.call(organization, actor, () -> searching(organization, filter, size + 1,
				() -> jdbc.sql(sql.toString()).params(params).query(CallInbox::summary).list()));
		if (rows.size() <= size) {
			return new Page(rows, null);
		}
		List<CallSummary> page = rows.subList(0, size);
		CallSummary last = page.getLast();
		return new Page(List.copyOf(page), new PageCursor(last.startedAt(), last.id()).encode());
	}

	public Detail get(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> {
			CallView call = calls.find(organization, id).orElseThrow(() -> NotFoundException.of("The call"));
			return new Detail(call, calls.history(organization, id));
		});
	}

	/**
	 * The call after {@code id} in the inbox's order under the same filter (or before it, {@code previous}), for moving
	 * through calls on a call's page.
	 */
	public @Nullable UUID next(OrganizationId organization, Actor actor, UUID id, CallFilter filter, boolean previous) {
		return transactions.call(organization, actor, () -> {
			CallView call = calls.find(organization, id).orElseThrow(() -> NotFoundException.of("The call"));
			StringBuilder sql = new StringBuilder("select id from calls where organization_id = ?");
			List<Object> params = new ArrayList<>();
			params.add(organization.value());
			where(sql, params, filter);
			sql.append(previous ? " and (started_at, id) > (?, ?) order by started_at, id limit 1"
					: " and (started_at, id) < (?, ?) order by started_at desc, id desc limit 1");
			params.add(Timestamp.from(call.startedAt()));
			params.add(id);
			return searching(organization, filter, 1,
					() -> jdbc.sql(sql.toString()).params(params).query(UUID.class).optional().orElse(null));
		});
	}

	public enum Interval {
		DAY, WEEK
	}

	/** Calls per period: the period's first day (weeks start on Monday, UTC) and counts per category key. */
	public record Period(String period, Map<String, Long> counts) {
	}

	/**
	 * Whole UTC days come from the daily counts the calls table's triggers keep (V161); only the partial days at the
	 * ends of the range are counted from the calls themselves, through the inbox index, so the answer is exact and
	 * never counts more than two days of calls.
	 */
	public List<Period> stats(OrganizationId organization, Actor actor, Interval interval, Instant from, Instant to) {
		String unit = interval == Interval.DAY ? "day" : "week";
		LocalDate firstWholeDay = startOfDay(from).equals(from) ? day(from) : day(from).plusDays(1);
		LocalDate endOfWholeDays = day(to);
		boolean wholeDays = firstWholeDay.isBefore(endOfWholeDays);
		Instant headEnd = wholeDays ? startOfDay(firstWholeDay) : from;
		Instant tailStart = wholeDays ? startOfDay(endOfWholeDays) : from;
		return transactions.call(organization, actor, () -> {
			Map<String, Map<String, Long>> periods = new java.util.TreeMap<>();
			jdbc.sql("""
					select to_char(date_trunc(?, day::timestamp), 'YYYY-MM-DD') as period, category, sum(calls) as n
					from (
					  select day, category, calls from call_daily_counts
					  where organization_id = ? and day >= ? and day < ?
					  union all
					  select (started_at at time zone 'UTC')::date, category, count(*) from calls
					  where organization_id = ? and started_at >= ? and started_at < ?
					  group by 1, 2
					  union all
					  select (started_at at time zone 'UTC')::date, category, count(*) from calls
					  where organization_id = ? and started_at >= ? and started_at <= ?
					  group by 1, 2
					) counted
					group by 1, 2 having sum(calls) > 0
					""")
				.params(unit, organization.value(), firstWholeDay, endOfWholeDays, organization.value(), Timestamp.from(from),
						Timestamp.from(headEnd), organization.value(), Timestamp.from(tailStart), Timestamp.from(to))
				.query((java.sql.ResultSet rs) -> {
					periods.computeIfAbsent(rs.getString("period"), p -> new java.util.TreeMap<>())
						.put(rs.getString("category"), rs.getLong("n"));
				});
			return periods.entrySet().stream().map(e -> new Period(e.getKey(), e.getValue())).toList();
		});
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant startOfDay(Instant instant) {
		return startOfDay(day(instant));
	}

	private static Instant startOfDay(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/**
	 * Runs a query of calls in the order of the inbox. With words to find, walking the inbox's index and checking each
	 * call is quick when the words are common but reads every call of the organization when they are rare (8.7 s at a
	 * million), and asking the full-text index first is quick for rare words but slow for common ones (its bitmap of a
	 * common word is large). So the newest {@value #PROBE} calls are checked first: when enough of them match, the
	 * walk finds a page soon; otherwise the query takes the matches from the full-text index and sorts them. Needs the
	 * caller's transaction: the plan settings are local to it and put back afterwards.
	 */
	private <T> T searching(OrganizationId organization, CallFilter filter, int wanted,
			java.util.function.Supplier<T> query) {
		if (filter.q() == null) {
			return query.get();
		}
		long matches = jdbc.sql("""
				select count(*) from (select search_text from calls where organization_id = ?
				  order by started_at desc, id desc limit ?) newest
				where search_text @@ websearch_to_tsquery('english', ?)
				""").params(organization.value(), PROBE, filter.q()).query(Long.class).single();
		if (matches >= wanted) {
			return query.get();
		}
		planFromFullTextIndex(true);
		try {
			return query.get();
		}
		finally {
			planFromFullTextIndex(false);
		}
	}

	private static final int PROBE = 2_000;

	private void planFromFullTextIndex(boolean on) {
		String value = on ? "off" : "on";
		jdbc.sql("""
				select set_config('enable_indexscan', ?, true), set_config('enable_indexonlyscan', ?, true),
				  set_config('enable_seqscan', ?, true)
				""").params(value, value, value).query().singleRow();
	}

	private static CallSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		int rating = rs.getInt("rating");
		Integer stars = rs.wasNull() ? null : rating;
		double confidence = rs.getDouble("confidence");
		Double sure = rs.wasNull() ? null : Math.round(confidence * 1000) / 1000.0;
		return new CallSummary(rs.getObject("id", UUID.class), rs.getString("provider"), rs.getString("external_id"),
				rs.getString("caller_number"), rs.getString("caller_name"),
				CallDirection.valueOf(rs.getString("direction").toUpperCase(java.util.Locale.ROOT)), rs.getString("source"),
				rs.getString("campaign"), rs.getTimestamp("started_at").toInstant(), rs.getInt("duration_seconds"),
				CallStatus.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
				CallCategory.ofKey(rs.getString("category")).orElseThrow(), stars, rs.getString("summary"), sure,
				rs.getBoolean("reviewed"), rs.getObject("contact_id", UUID.class), rs.getBoolean("has_recording"));
	}

	private static void where(StringBuilder sql, List<Object> params, CallFilter filter) {
		if (filter.category() != null) {
			sql.append(" and category = ?");
			params.add(filter.category().key());
		}
		if (filter.unrated()) {
			sql.append(" and rating is null");
		}
		else if (filter.rating() != null) {
			sql.append(" and rating = ?");
			params.add(filter.rating());
		}
		if (filter.from() != null) {
			sql.append(" and started_at >= ?");
			params.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and started_at <= ?");
			params.add(Timestamp.from(filter.to()));
		}
		if (filter.source() != null) {
			sql.append(" and source = ?");
			params.add(filter.source());
		}
		if (filter.contactId() != null) {
			sql.append(" and contact_id = ?");
			params.add(filter.contactId());
		}
		if (filter.reviewed() != null) {
			sql.append(filter.reviewed() ? " and reviewed" : " and not reviewed");
		}
		if (filter.q() != null) {
			sql.append(" and search_text @@ websearch_to_tsquery('english', ?)");
			params.add(filter.q());
		}
	}
}
