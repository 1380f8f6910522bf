package com.growthhub.media.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.DashboardWidget;
import com.growthhub.shared.OrganizationId;

/** "Latest media" on the dashboard: the newest items the person may see, as thumbnails that open the item. */
@Component
class LatestMediaWidget implements DashboardWidget {

	static final int COUNT = 8;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	LatestMediaWidget(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** {@code hasThumb} is false for items without a thumbnail (documents, audio, items still processing). */
	record Latest(UUID id, String name, String type, String status, boolean hasThumb, Instant createdAt) {
	}

	@Override
	public String key() {
		return "latestMedia";
	}

	@Override
	public String title() {
		return "Latest media";
	}

	@Override
	public String fragment() {
		return "media/dashboard-widgets :: latest";
	}

	@Override
	public int order() {
		return 41;
	}

	@Override
	public Map<String, Object> model(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> Map.of("items", jdbc.sql("""
				select id, name, media_type, status, thumb_file_id is not null as has_thumb, created_at from media_items
				where organization_id = ? and (access_level <> 'PRIVATE' or owner_id = ? or ?::uuid is null)
				order by created_at desc, id desc limit ?
				""").params(organization.value(), actor.userId(), actor.userId(), COUNT)
			.query((rs, n) -> new Latest(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3).toLowerCase(),
					rs.getString(4).toLowerCase(), rs.getBoolean(5), rs.getTimestamp(6).toInstant()))
			.list()));
	}
}
