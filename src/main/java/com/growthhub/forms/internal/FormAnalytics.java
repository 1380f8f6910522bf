package com.growthhub.forms.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Per-form funnel: views of the hosted page, visitors who reached each step (the first step's are the starts),
 * submissions; conversion is submissions per view and drop-off per step is the share of those who reached a step and
 * did not reach the next (or submit, after the last). Counted per day in UTC.
 */
@Service
public class FormAnalytics {

	private static final Actor PUBLIC = new Actor.Job("form-analytics");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Forms forms;

	FormAnalytics(JdbcClient jdbc, TenantTransactions transactions, Forms forms) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.forms = forms;
	}

	public record StepFunnel(int step, String title, long reached, double dropOff) {
	}

	public record Funnel(LocalDate from, LocalDate to, long views, long starts, long submissions, double conversionRate,
			List<StepFunnel> steps) {
	}

	public void viewed(LiveForm form) {
		transactions.run(form.organization(), PUBLIC, () -> jdbc.sql("""
				insert into form_daily_counts (organization_id, form_id, day, views) values (?, ?, ?, 1)
				on conflict (form_id, day) do update set views = form_daily_counts.views + 1
				""").params(form.organization().value(), form.formId(), today()).update());
	}

	/** A visitor reached step {@code step} (1-based; 1 is starting to fill in the form). */
	public void reached(LiveForm form, int step) {
		if (step < 1 || step > form.definition().steps().size()) {
			throw FormInputException.field("step", "must be between 1 and " + form.definition().steps().size());
		}
		transactions.run(form.organization(), PUBLIC, () -> jdbc.sql("""
				insert into form_daily_counts (organization_id, form_id, day, steps_reached)
				values (?, ?, ?, array_fill(0::bigint, array[?]))
				on conflict (form_id, day) do nothing
				""").params(form.organization().value(), form.formId(), today(), step).update());
		transactions.run(form.organization(), PUBLIC, () -> jdbc.sql("""
				update form_daily_counts set steps_reached[?] = coalesce(steps_reached[?], 0) + 1
				where form_id = ? and day = ?
				""").params(step, step, form.formId(), today()).update());
	}

	public Funnel funnel(OrganizationId organization, Actor actor, UUID formId, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		FormView form = forms.get(organization, actor, formId);
		LocalDate end = to == null ? today() : to;
		LocalDate start = from == null ? end.minusDays(29) : from;
		return transactions.call(organization, actor, () -> {
			long views = jdbc.sql("""
					select coalesce(sum(views), 0) from form_daily_counts
					where organization_id = ? and form_id = ? and day between ? and ?
					""").params(organization.value(), formId, start, end).query(Long.class).single();
			List<Long> reached = new ArrayList<>();
			for (int step = 1; step <= form.definition().steps().size(); step++) {
				reached.add(jdbc.sql("""
						select coalesce(sum(coalesce(steps_reached[?], 0)), 0) from form_daily_counts
						where organization_id = ? and form_id = ? and day between ? and ?
						""").params(step, organization.value(), formId, start, end).query(Long.class).single());
			}
			long submissions = jdbc.sql("""
					select count(*) from form_submissions where organization_id = ? and form_id = ?
					  and status <> 'quarantined' and received_at >= ?::date and received_at < ?::date + 1
					""").params(organization.value(), formId, start, end).query(Long.class).single();
			List<StepFunnel> steps = new ArrayList<>();
			for (int i = 0; i < reached.size(); i++) {
				long here = reached.get(i);
				long next = i + 1 < reached.size() ? reached.get(i + 1) : submissions;
				steps.add(new StepFunnel(i + 1, form.definition().steps().get(i).title(), here,
						here == 0 ? 0 : Math.max(0, Math.round((here - next) * 1000.0 / here) / 1000.0)));
			}
			long starts = reached.isEmpty() ? 0 : reached.getFirst();
			return new Funnel(start, end, views, starts, submissions,
					views == 0 ? 0 : Math.round(submissions * 1000.0 / views) / 1000.0, steps);
		});
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}
}
