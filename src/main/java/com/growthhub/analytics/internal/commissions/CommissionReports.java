package com.growthhub.analytics.internal.commissions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Reads commissions for managers: the report of a provider (or all) over whole months, as lines and totals. */
@Service
public class CommissionReports {

	public static final int MAX_LINES = 5_000;

	public static final int MAX_MONTHS = 24;

	private final CommissionLines lines;
	private final CommissionPeriods periods;
	private final Providers providers;
	private final CommissionAccess access;
	private final TenantTransactions transactions;
	private final OrganizationPreferences preferences;

	CommissionReports(CommissionLines lines, CommissionPeriods periods, Providers providers, CommissionAccess access,
			TenantTransactions transactions, OrganizationPreferences preferences) {
		this.lines = lines;
		this.periods = periods;
		this.providers = providers;
		this.access = access;
		this.transactions = transactions;
		this.preferences = preferences;
	}

	/** The span of months from the texts {@code from} and {@code to} ({@code 2026-03} or a date in the month). */
	public record Span(YearMonth from, YearMonth to) {
	}

	public Span span(OrganizationId organization, @Nullable String from, @Nullable String to) {
		YearMonth now = YearMonth.now(preferences.timeZone(organization));
		YearMonth start = from == null || from.isBlank() ? null : month("from", from);
		YearMonth end = to == null || to.isBlank() ? null : month("to", to);
		if (start == null && end == null) {
			return new Span(now, now);
		}
		start = start == null ? end : start;
		end = end == null ? start : end;
		if (end.isBefore(start)) {
			throw CommissionInputException.field("to", "must not be before from");
		}
		if (start.plusMonths(MAX_MONTHS).isBefore(end.plusMonths(1))) {
			throw CommissionInputException.field("to", "must be at most " + MAX_MONTHS + " months after from");
		}
		return new Span(start, end);
	}

	/** The report of the months the texts {@code from} and {@code to} name, as the page and the API take them. */
	public CommissionReport report(OrganizationId organization, Actor actor, @Nullable UUID providerId,
			@Nullable String from, @Nullable String to) {
		return report(organization, actor, providerId, span(organization, from, to));
	}

	public CommissionReport report(OrganizationId organization, Actor actor, @Nullable UUID providerId, Span span) {
		access.manage(organization, actor);
		if (providerId != null) {
			providers.get(organization, actor, providerId);
		}
		List<CommissionLineView> items = transactions.call(organization, actor,
				() -> lines.report(organization, providerId, span.from(), span.to(), MAX_LINES + 1));
		boolean truncated = items.size() > MAX_LINES;
		if (truncated) {
			items = items.subList(0, MAX_LINES);
		}
		return new CommissionReport(span.from(), span.to(), providerId, items, CommissionReport.totals(items),
				periods.closed(organization, actor, span.from(), span.to()), truncated);
	}

	static YearMonth month(String field, String text) {
		try {
			return text.length() > 7 ? YearMonth.from(LocalDate.parse(text)) : YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw CommissionInputException.field(field, "must be a month (YYYY-MM) or a date (YYYY-MM-DD)");
		}
	}
}
