package com.growthhub.analytics.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.analytics.CampaignPlatform;
import com.growthhub.analytics.CampaignStatus;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/** The campaigns and campaign_spend tables; every statement runs in the caller's transaction of the organization. */
@Repository
class CampaignRepository {

	private static final String COLUMNS = """
			id, name, platform, status, starts_on, ends_on, currency, utm_source, utm_medium, utm_campaign, created_at,
			updated_at""";

	private final JdbcClient jdbc;

	CampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CampaignView> find(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from campaigns where organization_id = ? and id = ? and deleted_at is null")
			.params(organization.value(), id).query(CampaignRepository::view).optional();
	}

	/** Newest first, keyset-paged on (created_at, id); {@code limit + 1} rows tell whether another page follows. */
	List<CampaignView> list(OrganizationId organization, @Nullable CampaignPlatform platform,
			@Nullable CampaignStatus status, @Nullable PageCursor after, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS
				+ " from campaigns where organization_id = ? and deleted_at is null");
		List<Object> params = new ArrayList<>(List.of(organization.value()));
		if (platform != null) {
			sql.append(" and platform = ?");
			params.add(platform.key());
		}
		if (status != null) {
			sql.append(" and status = ?");
			params.add(status.key());
		}
		if (after != null) {
			sql.append(" and (created_at, id) < (?, ?)");
			params.add(Timestamp.from(after.instant()));
			params.add(after.id());
		}
		sql.append(" order by created_at desc, id desc limit ?");
		params.add(limit + 1);
		return jdbc.sql(sql.toString()).params(params).query(CampaignRepository::view).list();
	}

	/** Live campaigns by name, for pickers. */
	List<CampaignView> all(OrganizationId organization) {
		return jdbc.sql("select " + COLUMNS + " from campaigns where organization_id = ? and deleted_at is null order by lower(name)")
			.param(organization.value()).query(CampaignRepository::view).list();
	}

	/** The live campaign with this name in any case. */
	Optional<CampaignView> byName(OrganizationId organization, String name) {
		return jdbc.sql("select " + COLUMNS + " from campaigns where organization_id = ? and lower(name) = lower(?) and deleted_at is null")
			.params(organization.value(), name).query(CampaignRepository::view).optional();
	}

	/**
	 * A campaign made from a name alone (platform other, status active); nothing when a concurrent transaction made
	 * one by that name first, which {@link #byName} then finds.
	 */
	void insertNamed(OrganizationId organization, String name, String currency) {
		jdbc.sql("""
				insert into campaigns (organization_id, name, currency) values (?, ?, ?)
				on conflict (organization_id, lower(name)) where deleted_at is null do nothing
				""").params(organization.value(), name, currency).update();
	}

	boolean nameTaken(OrganizationId organization, String name, @Nullable UUID except) {
		return jdbc.sql("""
				select exists (select 1 from campaigns where organization_id = ? and lower(name) = lower(?)
				  and deleted_at is null and id is distinct from ?)
				""").params(organization.value(), name, except).query(Boolean.class).single();
	}

	UUID insert(OrganizationId organization, CampaignDraft draft) {
		return jdbc.sql("""
				insert into campaigns (organization_id, name, platform, status, starts_on, ends_on, currency, utm_source,
				  utm_medium, utm_campaign)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""").params(organization.value(), draft.name(), draft.platform().key(), draft.status().key(),
				date(draft.startsOn()), date(draft.endsOn()), draft.currency(), draft.utmSource(), draft.utmMedium(),
				draft.utmCampaign())
			.query(UUID.class).single();
	}

	void update(OrganizationId organization, UUID id, CampaignDraft draft) {
		jdbc.sql("""
				update campaigns set name = ?, platform = ?, status = ?, starts_on = ?, ends_on = ?, currency = ?,
				  utm_source = ?, utm_medium = ?, utm_campaign = ?, updated_at = now(), version = version + 1
				where organization_id = ? and id = ? and deleted_at is null
				""").params(draft.name(), draft.platform().key(), draft.status().key(), date(draft.startsOn()),
				date(draft.endsOn()), draft.currency(), draft.utmSource(), draft.utmMedium(), draft.utmCampaign(),
				organization.value(), id)
			.update();
	}

	/** Soft: its KPI events and rollups keep naming it, so past reports do not change. */
	boolean delete(OrganizationId organization, UUID id) {
		return jdbc.sql("""
				update campaigns set deleted_at = now(), updated_at = now(), version = version + 1
				where organization_id = ? and id = ? and deleted_at is null
				""").params(organization.value(), id).update() == 1;
	}

	void spend(OrganizationId organization, UUID campaign, YearMonth month, long amountCents) {
		jdbc.sql("""
				insert into campaign_spend (organization_id, campaign_id, month, amount_cents) values (?, ?, ?, ?)
				on conflict (campaign_id, month) do update set amount_cents = excluded.amount_cents, updated_at = now()
				""").params(organization.value(), campaign, Date.valueOf(month.atDay(1)), amountCents).update();
	}

	List<MonthlySpend> spend(OrganizationId organization, UUID campaign) {
		return jdbc.sql("""
				select month, amount_cents from campaign_spend where organization_id = ? and campaign_id = ? order by month
				""").params(organization.value(), campaign)
			.query((rs, row) -> new MonthlySpend(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2)))
			.list();
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static CampaignView view(ResultSet rs, int row) throws SQLException {
		return new CampaignView(rs.getObject("id", UUID.class), rs.getString("name"),
				CampaignPlatform.valueOf(rs.getString("platform").toUpperCase(Locale.ROOT)),
				CampaignStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), local(rs, "starts_on"),
				local(rs, "ends_on"), rs.getString("currency"), rs.getString("utm_source"), rs.getString("utm_medium"),
				rs.getString("utm_campaign"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static @Nullable LocalDate local(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}
}
