package com.growthhub.agency.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.ClientAccount;
import com.growthhub.identity.ClientAccounts;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * The hub's table: the client accounts a person opens (from identity) joined with their rollups, one indexed read of
 * at most a row per account and a week of daily rows per account — no scan of contacts or calls. "This week" is the
 * last seven days in UTC, today included.
 */
@Service
public class HubBoard {

	static final int WEEK_DAYS = 7;

	private final ClientAccounts clientAccounts;
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Clock clock;

	HubBoard(ClientAccounts clientAccounts, JdbcClient jdbc, TenantTransactions transactions) {
		this.clientAccounts = clientAccounts;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = Clock.systemUTC();
	}

	public record Row(UUID accountId, String name, String clientType, int onboardingStepsDone,
			int onboardingStepsTotal, @Nullable Instant onboardingCompletedAt, int newLeads, int newCalls,
			int reviewsWaiting, int openTasks, int overdueTasks) {

		/** 0–100; 100 once completed. */
		public int onboardingPercent() {
			if (onboardingCompletedAt != null) {
				return 100;
			}
			return onboardingStepsTotal == 0 ? 0 : Math.min(100, onboardingStepsDone * 100 / onboardingStepsTotal);
		}
	}

	public record Totals(int accounts, int onboardingCompleted, int newLeads, int newCalls, int reviewsWaiting,
			int openTasks, int overdueTasks) {
	}

	public record Board(List<Row> rows, Totals totals) {
	}

	record Figures(UUID accountId, int stepsDone, int stepsTotal, @Nullable Instant completedAt, int leads, int calls,
			int reviewsWaiting, int openTasks, int overdueTasks) {
	}

	public Board board(OrganizationId agency, Actor viewer) {
		List<ClientAccount> accounts = clientAccounts.openableBy(agency, viewer.requireUserId());
		Map<UUID, Figures> figures = figures(agency, viewer);
		List<Row> rows = accounts.stream().map(account -> row(account, figures.get(account.id().value()))).toList();
		return new Board(rows, totals(rows));
	}

	public Totals totals(OrganizationId agency, Actor viewer) {
		return board(agency, viewer).totals();
	}

	private Map<UUID, Figures> figures(OrganizationId agency, Actor viewer) {
		LocalDate since = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(WEEK_DAYS - 1);
		return transactions.call(agency, viewer, () -> jdbc.sql("""
				select r.organization_id, r.onboarding_steps_done, r.onboarding_steps_total, r.onboarding_completed_at,
				       r.reviews_waiting, r.open_tasks, r.overdue_tasks,
				       coalesce(w.leads, 0) as leads, coalesce(w.calls, 0) as calls
				from agency_account_rollups r
				left join (select organization_id, sum(leads) as leads, sum(calls) as calls
				           from agency_daily_activity where agency_id = ? and day >= ?
				           group by organization_id) w using (organization_id)
				where r.agency_id = ?
				""")
			.params(agency.value(), Date.valueOf(since), agency.value())
			.query((rs, n) -> new Figures(rs.getObject("organization_id", UUID.class), rs.getInt("onboarding_steps_done"),
					rs.getInt("onboarding_steps_total"),
					rs.getTimestamp("onboarding_completed_at") == null ? null
							: rs.getTimestamp("onboarding_completed_at").toInstant(),
					rs.getInt("leads"), rs.getInt("calls"), rs.getInt("reviews_waiting"), rs.getInt("open_tasks"),
					rs.getInt("overdue_tasks")))
			.list()
			.stream()
			.collect(Collectors.toMap(Figures::accountId, Function.identity())));
	}

	private static Row row(ClientAccount account, @Nullable Figures f) {
		UUID id = account.id().value();
		return f == null ? new Row(id, account.name(), account.clientType(), 0, 0, null, 0, 0, 0, 0, 0)
				: new Row(id, account.name(), account.clientType(), f.stepsDone(), f.stepsTotal(), f.completedAt(),
						f.leads(), f.calls(), f.reviewsWaiting(), f.openTasks(), f.overdueTasks());
	}

	private static Totals totals(List<Row> rows) {
		return new Totals(rows.size(), (int) rows.stream().filter(r -> r.onboardingCompletedAt() != null).count(),
				rows.stream().mapToInt(Row::newLeads).sum(), rows.stream().mapToInt(Row::newCalls).sum(),
				rows.stream().mapToInt(Row::reviewsWaiting).sum(), rows.stream().mapToInt(Row::openTasks).sum(),
				rows.stream().mapToInt(Row::overdueTasks).sum());
	}
}
