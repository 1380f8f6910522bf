package com.growthhub.contacts.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.DashboardChart;
import com.growthhub.platform.web.DashboardWidget;
import com.growthhub.shared.OrganizationId;

/**
 * Contact figures for the dashboard: counts by type, leads by status (from the trigger-maintained
 * {@code contact_counts}, never a count over the contacts table) and the newest contacts. Cached per
 * organization for 5 minutes, and recomputed sooner when {@code contact_changes} shows a write from
 * any node since.
 */
@Component
class ContactDashboard implements DashboardWidget {

	static final Duration TTL = Duration.ofMinutes(5);
	static final int WEEKS = 12;
	private static final DateTimeFormatter WEEK_LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ContactSettingsStore settings;
	private final Clock clock;
	private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

	ContactDashboard(JdbcClient jdbc, TenantTransactions transactions, ContactSettingsStore settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = Clock.systemUTC();
	}

	private record Cached(Instant computedAt, @Nullable Instant changeStamp, Map<String, Object> figures) {
	}

	@Override
	public String key() {
		return "contacts";
	}

	@Override
	public String title() {
		return "Contacts";
	}

	@Override
	public String fragment() {
		return "contacts/dashboard-widget :: widget";
	}

	@Override
	public int order() {
		return 10;
	}

	/** The figures are the organization's, the same for everybody in it; so is the cache. */
	@Override
	public Map<String, Object> model(OrganizationId organization, Actor actor) {
		UUID org = organization.value();
		return transactions.call(organization, actor, () -> {
			Instant stamp = changeStamp(org);
			Cached cached = cache.get(org);
			if (cached != null && java.util.Objects.equals(cached.changeStamp(), stamp)
					&& cached.computedAt().plus(TTL).isAfter(clock.instant())) {
				return cached.figures();
			}
			Map<String, Object> figures = compute(org);
			cache.put(org, new Cached(clock.instant(), stamp, figures));
			return figures;
		});
	}

	Map<String, Object> compute(UUID organization) {
		Map<String, Long> byType = new LinkedHashMap<>();
		Map<String, Long> leadsByStatus = new LinkedHashMap<>();
		long total = 0;
		for (var row : jdbc.sql("select type, status, live from contact_counts where organization_id = ? and live <> 0 order by type, status")
			.param(organization)
			.query((rs, n) -> new Object[] { rs.getString("type"), rs.getString("status"), rs.getLong("live") })
			.list()) {
			String type = ((String) row[0]).toLowerCase();
			long live = (Long) row[2];
			total += live;
			byType.merge(type, live, Long::sum);
			if (type.equals("lead")) {
				leadsByStatus.put((String) row[1], live);
			}
		}
		boolean privacy = settings.get(organization).privacyMode();
		List<Map<String, Object>> recent = jdbc.sql("""
				select id, first_name, last_name, company, type, created_at from contacts
				where organization_id = ? and deleted_at is null order by created_at desc, id desc limit 10
				""").param(organization).query((rs, n) -> {
			Map<String, Object> contact = new LinkedHashMap<>();
			contact.put("id", rs.getObject("id", UUID.class));
			contact.put("name", privacy || rs.getString("last_name") == null ? rs.getString("first_name")
					: rs.getString("first_name") + " " + rs.getString("last_name"));
			contact.put("company", rs.getString("company") == null ? "" : rs.getString("company"));
			contact.put("type", rs.getString("type").toLowerCase());
			contact.put("createdAt", rs.getTimestamp("created_at").toInstant());
			return contact;
		}).list();
		Map<String, Object> figures = new LinkedHashMap<>();
		Map<LocalDate, long[]> weeks = weeklyCounts(organization);
		figures.put("newContacts", chart(weeks, 0, "New contacts"));
		figures.put("activity", chart(weeks, 1, "Activities"));
		figures.put("total", total);
		figures.put("byType", byType);
		figures.put("leads", byType.getOrDefault("lead", 0L));
		figures.put("leadsByStatus", leadsByStatus);
		figures.put("recent", recent);
		return figures;
	}

	/**
	 * New contacts and activities per week (Monday, UTC) over the last {@link #WEEKS} weeks, from the rollup the
	 * triggers keep (V52): twelve rows, however many contacts and interactions there are.
	 */
	private Map<LocalDate, long[]> weeklyCounts(UUID organization) {
		LocalDate first = thisWeek().minusWeeks(WEEKS - 1);
		Map<LocalDate, long[]> counts = new HashMap<>();
		jdbc.sql("select week, created, activities from contact_weekly_counts where organization_id = ? and week >= ?")
			.params(organization, first)
			.query((rs, n) -> counts.put(rs.getObject(1, LocalDate.class), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list();
		return counts;
	}

	/** One series of the weekly counts, weeks without any included as zero. */
	private DashboardChart chart(Map<LocalDate, long[]> counts, int column, String label) {
		LocalDate thisWeek = thisWeek();
		List<String> labels = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		for (LocalDate week = thisWeek.minusWeeks(WEEKS - 1); !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
			labels.add(WEEK_LABEL.format(week));
			long[] row = counts.get(week);
			values.add(row == null ? 0L : row[column]);
		}
		return DashboardChart.lines(labels, List.of(new DashboardChart.Series(label, values)));
	}

	private LocalDate thisWeek() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private @Nullable Instant changeStamp(UUID organization) {
		return jdbc.sql("select changed_at from contact_changes where organization_id = ?")
			.param(organization)
			.query(Instant.class)
			.optional()
			.orElse(null);
	}
}
