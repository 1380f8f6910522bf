package com.growthhub.eventplanning.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.search.SearchHit;
import com.growthhub.platform.search.SearchSource;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Events by any part of their title in the global search, soonest upcoming first, then the most recent past. */
@Component
class EventSearchSource implements SearchSource {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	EventSearchSource(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public String kind() {
		return "event";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<SearchHit> search(OrganizationId organization, Actor actor, String query, int limit) {
		String pattern = "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_") + "%";
		return transactions.call(organization, actor, () -> jdbc.sql("select " + EventView.COLUMNS + """
				from events where organization_id = ? and lower(title) like ?
				order by (ends_at < now()), case when ends_at >= now() then starts_at end, starts_at desc limit ?
				""").params(organization.value(), pattern, limit).query(EventView::map).list())
			.stream()
			.map(event -> new SearchHit(kind(), event.title(),
					DAY.format(event.startsAt().atZone(ZoneId.of(event.timeZone()))) + " · " + event.status().key(),
					"/events/" + event.id()))
			.toList();
	}
}
