package com.growthhub.calls.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.calls.CallDirection;
import com.growthhub.calls.CallStatus;
import com.growthhub.calls.IncomingCall;
import com.growthhub.calls.TranscriptLine;
import com.growthhub.shared.OrganizationId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The calls table and each call's history; every statement runs in the caller's transaction of the organization. */
@Repository
class CallRepository {

	static final String COLUMNS = """
			id, provider, external_id, tracking_number, caller_number, caller_name, direction, source, campaign,
			started_at, duration_seconds, status, recording_url, transcript::text as transcript, category, rating, summary,
			confidence, classified_by, classified_at, category_set_by_person, reviewed, contact_id, provider_rating,
			rating_push_pending, created_at""";

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<List<TranscriptLine>> TRANSCRIPT = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	CallRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CallView> find(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from calls where organization_id = ? and id = ?")
			.params(organization.value(), id).query(CallRepository::view).optional();
	}

	Optional<CallView> lock(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from calls where organization_id = ? and id = ? for update")
			.params(organization.value(), id).query(CallRepository::view).optional();
	}

	Optional<CallView> findByExternalId(OrganizationId organization, String provider, String externalId) {
		return jdbc.sql("select " + COLUMNS + " from calls where organization_id = ? and provider = ? and external_id = ?")
			.params(organization.value(), provider, externalId).query(CallRepository::view).optional();
	}

	/** The stored calls among {@code externalIds}, by external id: one query for a page of a sync. */
	Map<String, CallView> findByExternalIds(OrganizationId organization, String provider, Collection<String> externalIds) {
		Map<String, CallView> found = new HashMap<>();
		jdbc.sql("select " + COLUMNS + " from calls where organization_id = ? and provider = ? and external_id = any(?)")
			.params(organization.value(), provider, externalIds.toArray(String[]::new))
			.query(CallRepository::view)
			.list()
			.forEach(call -> found.put(call.externalId(), call));
		return found;
	}

	Optional<CallView> lockByExternalId(OrganizationId organization, String provider, String externalId) {
		return jdbc.sql("select " + COLUMNS
				+ " from calls where organization_id = ? and provider = ? and external_id = ? for update")
			.params(organization.value(), provider, externalId).query(CallRepository::view).optional();
	}

	/** False when another report of the same call inserted it first. */
	boolean insert(OrganizationId organization, UUID id, String provider, IncomingCall call,
			@Nullable String callerNumber, @Nullable UUID contactId) {
		return jdbc.sql("""
				insert into calls (id, organization_id, provider, external_id, tracking_number, caller_number, caller_name,
				  direction, source, campaign, started_at, duration_seconds, status, recording_url, transcript, contact_id,
				  provider_rating)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
				on conflict (organization_id, provider, external_id) do nothing
				""").params(id, organization.value(), provider, call.externalId(), clip(call.trackingNumber(), 40),
				callerNumber, clip(call.callerName(), 200), key(call.direction()), clip(call.source(), 200),
				clip(call.campaign(), 200), Timestamp.from(call.startedAt()), Math.max(0, call.durationSeconds()),
				key(call.status()), clip(call.recordingUrl(), 2000), transcriptJson(call.transcript()), contactId,
				call.rating())
			.update() == 1;
	}

	/** The provider's facts about the call; classification, rating and review are changed by their own methods. */
	void updateFacts(UUID id, IncomingCall call) {
		jdbc.sql("""
				update calls set tracking_number = ?, caller_name = ?, direction = ?, source = ?, campaign = ?,
				  started_at = ?, duration_seconds = ?, status = ?, recording_url = ?, transcript = ?::jsonb,
				  updated_at = now(), version = version + 1
				where id = ? and (tracking_number, caller_name, direction, source, campaign, started_at, duration_seconds,
				  status, recording_url, transcript) is distinct from (?, ?, ?, ?, ?, ?::timestamptz, ?, ?, ?, ?::jsonb)
				""").params(clip(call.trackingNumber(), 40), clip(call.callerName(), 200), key(call.direction()),
				clip(call.source(), 200), clip(call.campaign(), 200), Timestamp.from(call.startedAt()),
				Math.max(0, call.durationSeconds()), key(call.status()), clip(call.recordingUrl(), 2000),
				transcriptJson(call.transcript()), id, clip(call.trackingNumber(), 40), clip(call.callerName(), 200),
				key(call.direction()), clip(call.source(), 200), clip(call.campaign(), 200),
				Timestamp.from(call.startedAt()), Math.max(0, call.durationSeconds()), key(call.status()),
				clip(call.recordingUrl(), 2000), transcriptJson(call.transcript()))
			.update();
	}

	void classified(UUID id, CallVerdict verdict, boolean reviewed, boolean resetPerson) {
		jdbc.sql("""
				update calls set category = ?, rating = ?, summary = ?, confidence = ?, classified_by = ?, classified_at = ?,
				  reviewed = ?, category_set_by_person = category_set_by_person and not ?, updated_at = now(),
				  version = version + 1
				where id = ?
				""").params(verdict.category().key(), verdict.category().stars(), clip(verdict.summary(), 1000),
				verdict.confidence(), clip(verdict.source(), 200),
				verdict.at() == null ? null : Timestamp.from(verdict.at()), reviewed, resetPerson, id)
			.update();
	}

	/** A person's or the provider's choice: category and stars, no longer the classifier's to change. */
	void rated(UUID id, CallCategory category, @Nullable Integer rating, boolean reviewed, boolean pushPending,
			@Nullable Integer providerRating) {
		jdbc.sql("""
				update calls set category = ?, rating = ?, reviewed = ?, category_set_by_person = true,
				  rating_push_pending = ?, provider_rating = ?, updated_at = now(), version = version + 1
				where id = ?
				""").params(category.key(), rating, reviewed, pushPending, providerRating, id).update();
	}

	void reviewed(UUID id, boolean reviewed) {
		jdbc.sql("update calls set reviewed = ?, updated_at = now(), version = version + 1 where id = ?")
			.params(reviewed, id).update();
	}

	void providerHolds(UUID id, @Nullable Integer rating) {
		jdbc.sql("update calls set provider_rating = ? where id = ?").params(rating, id).update();
	}

	/** Clears the pending push, unless the rating changed again here since (then that push is still to come). */
	boolean pushed(OrganizationId organization, UUID id, @Nullable Integer rating) {
		return jdbc.sql("""
				update calls set rating_push_pending = false, rating_pushed_at = now(), provider_rating = ?
				where organization_id = ? and id = ? and rating_push_pending and rating is not distinct from ?::smallint
				""").params(rating, organization.value(), id, rating).update() == 1;
	}

	void linkContact(UUID id, UUID contactId) {
		jdbc.sql("update calls set contact_id = ? where id = ?").params(contactId, id).update();
	}

	void history(OrganizationId organization, UUID callId, String field, @Nullable Object oldValue,
			@Nullable Object newValue, String changedBy, @Nullable UUID actorUserId, @Nullable String detail) {
		if (java.util.Objects.equals(oldValue, newValue)) {
			return;
		}
		jdbc.sql("""
				insert into call_history (organization_id, call_id, field, old_value, new_value, changed_by, actor_user_id,
				  detail) values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(organization.value(), callId, field, text(oldValue), text(newValue), changedBy, actorUserId,
				clip(detail, 200))
			.update();
	}

	List<CallHistoryEntry> history(OrganizationId organization, UUID callId) {
		return jdbc.sql("""
				select id, field, old_value, new_value, changed_by, actor_user_id, detail, occurred_at from call_history
				where organization_id = ? and call_id = ? order by occurred_at desc, id desc
				""").params(organization.value(), callId).query(CallHistoryEntry.class).list();
	}

	static CallView view(ResultSet rs, int row) throws SQLException {
		return new CallView(rs.getObject("id", UUID.class), rs.getString("provider"), rs.getString("external_id"),
				rs.getString("tracking_number"), rs.getString("caller_number"), rs.getString("caller_name"),
				CallDirection.valueOf(rs.getString("direction").toUpperCase(Locale.ROOT)), rs.getString("source"),
				rs.getString("campaign"), rs.getTimestamp("started_at").toInstant(), rs.getInt("duration_seconds"),
				CallStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getString("recording_url"),
				transcript(rs.getString("transcript")), CallCategory.ofKey(rs.getString("category")).orElseThrow(),
				integer(rs, "rating"), rs.getString("summary"), decimal(rs, "confidence"),
				rs.getString("classified_by"), instant(rs, "classified_at"), rs.getBoolean("category_set_by_person"),
				rs.getBoolean("reviewed"), rs.getObject("contact_id", UUID.class),
				integer(rs, "provider_rating"), rs.getBoolean("rating_push_pending"),
				rs.getTimestamp("created_at").toInstant());
	}

	static String transcriptJson(List<TranscriptLine> transcript) {
		return JSON.writeValueAsString(transcript);
	}

	private static List<TranscriptLine> transcript(@Nullable String json) {
		return json == null ? List.of() : JSON.readValue(json, TRANSCRIPT);
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Double decimal(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : Math.round(value * 1000) / 1000.0;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static String key(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value instanceof CallCategory c ? c.key() : value.toString();
	}

	private static @Nullable String clip(@Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return stripped.length() <= max ? stripped : stripped.substring(0, max);
	}
}
