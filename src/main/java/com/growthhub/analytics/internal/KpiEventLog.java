package com.growthhub.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.analytics.KpiKind;
import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** KPI events read back newest first, and ingested from programs outside with their Idempotency-Key. */
@Component
public class KpiEventLog {

	public static final int DEFAULT_LIMIT = 50;
	private static final int MAX_LIMIT = 500;
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};
	private static final String COLUMNS = """
			id, kind, contact_id, campaign_id, occurred_at, value_cents, currency, metadata::text as metadata, source_key,
			recorded_at""";

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final KpiRecorder recorder;
	private final CampaignManagement campaigns;
	private final ContactDirectory contacts;
	private final AnalyticsAccess access;

	KpiEventLog(JdbcClient jdbc, TenantTransactions transactions, KpiRecorder recorder, CampaignManagement campaigns,
			ContactDirectory contacts, AnalyticsAccess access) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.recorder = recorder;
		this.campaigns = campaigns;
		this.contacts = contacts;
		this.access = access;
	}

	public record Filter(@Nullable KpiKind kind, @Nullable UUID campaignId, @Nullable UUID contactId,
			@Nullable Instant from, @Nullable Instant to) {
	}

	public record Page(List<KpiEventView> items, @Nullable String nextCursor) {
	}

	/** The event and whether this call recorded it (false: the key was used before, this is that event). */
	public record Ingested(KpiEventView event, boolean created) {
	}

	public Page list(OrganizationId organization, Actor actor, Filter filter, @Nullable PageCursor after, int limit) {
		access.read(organization, actor);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw KpiEventInputException.field("limit", "must be between 1 and " + MAX_LIMIT);
		}
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from kpi_events where organization_id = ?");
		List<Object> params = new ArrayList<>(List.of(organization.value()));
		if (filter.kind() != null) {
			sql.append(" and kind = ?");
			params.add(filter.kind().key());
		}
		if (filter.campaignId() != null) {
			sql.append(" and campaign_id = ?");
			params.add(filter.campaignId());
		}
		if (filter.contactId() != null) {
			sql.append(" and contact_id = ?");
			params.add(filter.contactId());
		}
		if (filter.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and occurred_at <= ?");
			params.add(Timestamp.from(filter.to()));
		}
		if (after != null) {
			sql.append(" and (occurred_at, id) < (?, ?)");
			params.add(Timestamp.from(after.instant()));
			params.add(after.id());
		}
		sql.append(" order by occurred_at desc, id desc limit ?");
		params.add(limit + 1);
		List<KpiEventView> rows = transactions.call(organization, actor,
				() -> jdbc.sql(sql.toString()).params(params).query(KpiEventLog::view).list());
		if (rows.size() <= limit) {
			return new Page(rows, null);
		}
		KpiEventView last = rows.get(limit - 1);
		return new Page(rows.subList(0, limit), new PageCursor(last.occurredAt(), last.id()).encode());
	}

	/**
	 * Records an event sent by a program once per Idempotency-Key: sending the same key again answers the event the
	 * first call recorded. The campaign and contact must be the organization's (404 otherwise).
	 */
	public Ingested ingest(OrganizationId organization, Actor actor, String idempotencyKey, KpiEventDraft draft) {
		access.write(organization, actor);
		if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
			throw KpiEventInputException.field("Idempotency-Key", "must have 1 to 200 characters");
		}
		String sourceKey = "api:" + idempotencyKey.strip();
		Optional<KpiEventView> earlier = bySourceKey(organization, actor, sourceKey);
		if (earlier.isPresent()) {
			return new Ingested(earlier.get(), false);
		}
		if (draft.campaignId() != null) {
			campaigns.get(organization, actor, draft.campaignId());
		}
		if (draft.contactId() != null) {
			contacts.nameOf(organization, actor, ContactId.of(draft.contactId()));
		}
		KpiEventDraft keyed = new KpiEventDraft(organization, draft.kind(), draft.contactId(), draft.campaignId(),
				draft.occurredAt(), draft.valueCents(), draft.currency(), draft.metadata(), sourceKey);
		boolean created = transactions.call(organization, actor, () -> recorder.insert(keyed).isPresent());
		return new Ingested(bySourceKey(organization, actor, sourceKey).orElseThrow(), created);
	}

	private Optional<KpiEventView> bySourceKey(OrganizationId organization, Actor actor, String sourceKey) {
		return transactions.call(organization, actor, () -> jdbc
			.sql("select " + COLUMNS + " from kpi_events where organization_id = ? and source_key = ?")
			.params(organization.value(), sourceKey).query(KpiEventLog::view).optional());
	}

	private static KpiEventView view(ResultSet rs, int row) throws SQLException {
		Long value = rs.getLong("value_cents");
		if (rs.wasNull()) {
			value = null;
		}
		return new KpiEventView(rs.getObject("id", UUID.class), KpiKind.ofKey(rs.getString("kind")).orElseThrow(),
				rs.getObject("contact_id", UUID.class), rs.getObject("campaign_id", UUID.class),
				rs.getTimestamp("occurred_at").toInstant(), value, rs.getString("currency"),
				JSON.readValue(rs.getString("metadata"), OBJECT), rs.getString("source_key"),
				rs.getTimestamp("recorded_at").toInstant());
	}
}
