package com.growthhub.contacts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timeline of a contact. Logging an interaction also moves the contact's interaction count,
 * last-interaction time and lead score, in the same transaction.
 */
@Service
public class Interactions {

	public static final List<String> TYPES = List.of("call", "email", "sms", "meeting", "note", "form_submission",
			"stage_change", "tag_added", "conversion", "payment", "event_attendance", "masterclass", "review");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final ContactSettingsStore settings;

	Interactions(JdbcClient jdbc, ContactSettingsStore settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	public record InteractionView(UUID id, UUID contactId, String type, @Nullable String text, Instant occurredAt,
			@Nullable UUID authorId, Map<String, Object> payload, Instant createdAt) {
	}

	public record Page(List<InteractionView> items, @Nullable String nextCursor) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public InteractionView record(UUID organization, UUID contactId, String type, @Nullable String text,
			Map<String, Object> payload, @Nullable UUID authorId) {
		return record(organization, contactId, type, text, Instant.now(), payload, authorId);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public InteractionView record(UUID organization, UUID contactId, String type, @Nullable String text,
			Instant occurredAt, Map<String, Object> payload, @Nullable UUID authorId) {
		UUID id = Ids.next();
		jdbc.sql("""
				insert into interactions (id, organization_id, contact_id, type, text, occurred_at, author_id, payload)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
				""").params(id, organization, contactId, type, text, java.sql.Timestamp.from(occurredAt), authorId,
				JSON.writeValueAsString(payload)).update();
		int points = settings.get(organization).pointsFor(type);
		jdbc.sql("""
				update contacts set interaction_count = interaction_count + 1, lead_score = least(lead_score + ?, 100000),
				  last_interaction_at = greatest(coalesce(last_interaction_at, ?), ?)
				where id = ? and organization_id = ?
				""").params(points, java.sql.Timestamp.from(occurredAt), java.sql.Timestamp.from(occurredAt), contactId,
				organization).update();
		return find(organization, id);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Page timeline(UUID organization, UUID contactId, @Nullable String cursor, int limit) {
		int size = Math.clamp(limit, 1, 200);
		List<Object> params = new ArrayList<>(List.of(organization, contactId));
		String after = "";
		PageCursor position = PageCursor.parse(cursor);
		if (position != null) {
			after = " and (occurred_at, id) < (?, ?)";
			params.add(java.sql.Timestamp.from(position.instant()));
			params.add(position.id());
		}
		params.add(size + 1);
		List<InteractionView> rows = jdbc.sql(SELECT + " where organization_id = ? and contact_id = ?" + after
				+ " order by occurred_at desc, id desc limit ?").params(params).query(this::map).list();
		if (rows.size() <= size) {
			return new Page(rows, null);
		}
		InteractionView last = rows.get(size - 1);
		return new Page(rows.subList(0, size), new PageCursor(last.occurredAt(), last.id()).encode());
	}

	/** Recomputes every contact's score from its interactions after the scoring rule changed (set-based). */
	@Transactional(propagation = Propagation.MANDATORY)
	public int rescore(UUID organization, Map<String, Integer> points) {
		return jdbc.sql("""
				update contacts c set lead_score = coalesce(s.score, 0)
				from (select c2.id, (select least(coalesce(sum(coalesce((cast(:points as jsonb) ->> i.type)::int, 0)), 0), 100000)
				                     from interactions i where i.contact_id = c2.id) as score
				      from contacts c2 where c2.organization_id = :org) s
				where c.id = s.id and c.organization_id = :org and c.lead_score is distinct from coalesce(s.score, 0)
				""").param("points", JSON.writeValueAsString(points)).param("org", organization).update();
	}

	private InteractionView find(UUID organization, UUID id) {
		return jdbc.sql(SELECT + " where organization_id = ? and id = ?").params(organization, id).query(this::map).single();
	}

	private InteractionView map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new InteractionView(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class),
				rs.getString("type"), rs.getString("text"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getObject("author_id", UUID.class), JSON.readValue(rs.getString("payload"),
						new TypeReference<Map<String, Object>>() {
						}), rs.getTimestamp("created_at").toInstant());
	}

	private static final String SELECT = """
			select id, contact_id, type, text, occurred_at, author_id, payload::text as payload, created_at from interactions
			""";
}
