package com.growthhub.reviews.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.reviews.IncomingReview;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Reviews, their locations and state history; every statement runs in the caller's transaction of the organization. */
@Repository
class ReviewRepository {

	static final String COLUMNS = """
			r.id, r.location_id, l.name as location_name, l.external_id as location_external_id, r.provider, r.external_id, r.rating, r.text, r.reviewer_name,
			r.written_at, r.edited_at, r.state, r.reply_text, r.reply_source, r.replied_at, r.approved_by, r.approved_at,
			r.flag_reason, r.version""";

	static final String FROM = " from reviews r join review_locations l on l.id = r.location_id ";

	private final JdbcClient jdbc;

	ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ReviewView> find(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + FROM + "where r.organization_id = ? and r.id = ?")
			.params(organization.value(), id).query(ReviewRepository::view).optional();
	}

	Optional<ReviewView> lock(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + FROM + "where r.organization_id = ? and r.id = ? for update of r")
			.params(organization.value(), id).query(ReviewRepository::view).optional();
	}

	Optional<ReviewView> lockByExternalId(OrganizationId organization, String provider, String externalId) {
		return jdbc.sql("select " + COLUMNS + FROM
				+ "where r.organization_id = ? and r.provider = ? and r.external_id = ? for update of r")
			.params(organization.value(), provider, externalId).query(ReviewRepository::view).optional();
	}

	UUID location(OrganizationId organization, String provider, String externalId, String name) {
		return jdbc.sql("""
				insert into review_locations (organization_id, provider, external_id, name) values (?, ?, ?, ?)
				on conflict (organization_id, provider, external_id) do update set name = excluded.name
				returning id
				""").params(organization.value(), provider, clip(externalId, 300), clip(name, 300)).query(UUID.class)
			.single();
	}

	List<Location> locations(OrganizationId organization) {
		return jdbc.sql("select id, name from review_locations where organization_id = ? order by name, id")
			.param(organization.value()).query(Location.class).list();
	}

	/** Empty when another report of the same review inserted it first. */
	Optional<UUID> insert(OrganizationId organization, UUID locationId, String provider, IncomingReview review,
			ReviewState state) {
		return jdbc.sql("""
				insert into reviews (organization_id, location_id, provider, external_id, rating, text, reviewer_name,
				  written_at, edited_at, state, reply_text, reply_source, replied_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (organization_id, provider, external_id) do nothing
				returning id
				""").params(organization.value(), locationId, provider, review.externalId(), review.rating(),
				clip(review.text(), 10000), clip(review.reviewerName(), 300), Timestamp.from(review.writtenAt()),
				timestamp(review.editedAt()), state.key(), clip(review.replyText(), 4096),
				review.replyText() == null ? null : "provider", timestamp(review.repliedAt()))
			.query(UUID.class).optional();
	}

	/** The provider's facts; true when any changed. */
	boolean updateFacts(UUID id, IncomingReview review) {
		return jdbc.sql("""
				update reviews set rating = ?, text = ?, reviewer_name = ?, edited_at = ?, updated_at = now(),
				  version = version + 1
				where id = ? and (rating, text, reviewer_name, edited_at) is distinct from (?, ?, ?, ?::timestamptz)
				""").params(review.rating(), clip(review.text(), 10000), clip(review.reviewerName(), 300),
				timestamp(review.editedAt()), id, review.rating(), clip(review.text(), 10000),
				clip(review.reviewerName(), 300), timestamp(review.editedAt()))
			.update() == 1;
	}

	void reply(UUID id, ReviewState state, @Nullable String text, @Nullable String source) {
		jdbc.sql("""
				update reviews set state = ?, reply_text = ?, reply_source = ?, approved_by = null, approved_at = null,
				  flag_reason = null, updated_at = now(), version = version + 1
				where id = ?
				""").params(state.key(), text, source, id).update();
	}

	void approved(UUID id, UUID by) {
		jdbc.sql("""
				update reviews set state = 'approved', approved_by = ?, approved_at = now(), updated_at = now(),
				  version = version + 1
				where id = ?
				""").params(by, id).update();
	}

	void responded(UUID id, String text, @Nullable String source, Instant at) {
		jdbc.sql("""
				update reviews set state = 'responded', reply_text = ?, reply_source = coalesce(?, reply_source),
				  replied_at = ?, flag_reason = null, updated_at = now(), version = version + 1
				where id = ?
				""").params(text, source, Timestamp.from(at), id).update();
	}

	/** Reviews whose reply waits for someone: a draft to approve, or flagged for a person. */
	int waiting(OrganizationId organization) {
		return jdbc.sql("select count(*) from reviews where organization_id = ? and state in ('draft', 'flagged')")
			.param(organization.value()).query(Integer.class).single();
	}

	void flagged(UUID id, String reason) {
		jdbc.sql("""
				update reviews set state = 'flagged', flag_reason = ?, updated_at = now(), version = version + 1
				where id = ?
				""").params(clip(reason, 500), id).update();
	}

	void history(OrganizationId organization, UUID reviewId, @Nullable ReviewState from, ReviewState to, Actor actor,
			@Nullable String note) {
		jdbc.sql("""
				insert into review_history (organization_id, review_id, from_state, to_state, actor, actor_user_id, note)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(organization.value(), reviewId, from == null ? null : from.key(), to.key(),
				clip(actor.label(), 200), actor.userId(), clip(note, 500))
			.update();
	}

	List<ReviewHistoryEntry> historyOf(OrganizationId organization, UUID reviewId) {
		return jdbc.sql("""
				select from_state, to_state, actor, actor_user_id, note, occurred_at from review_history
				where organization_id = ? and review_id = ? order by occurred_at desc, id desc
				""").params(organization.value(), reviewId)
			.query((rs, row) -> new ReviewHistoryEntry(
					rs.getString("from_state") == null ? null : ReviewState.ofKey(rs.getString("from_state")),
					ReviewState.ofKey(rs.getString("to_state")), rs.getString("actor"),
					rs.getObject("actor_user_id", UUID.class), rs.getString("note"),
					rs.getTimestamp("occurred_at").toInstant()))
			.list();
	}

	static ReviewView view(ResultSet rs, int row) throws SQLException {
		return new ReviewView(rs.getObject("id", UUID.class), rs.getObject("location_id", UUID.class),
				rs.getString("location_name"), rs.getString("location_external_id"), rs.getString("provider"), rs.getString("external_id"), rs.getInt("rating"),
				rs.getString("text"), rs.getString("reviewer_name"), rs.getTimestamp("written_at").toInstant(),
				instant(rs.getTimestamp("edited_at")), ReviewState.ofKey(rs.getString("state")),
				rs.getString("reply_text"), rs.getString("reply_source"), instant(rs.getTimestamp("replied_at")),
				rs.getObject("approved_by", UUID.class), instant(rs.getTimestamp("approved_at")),
				rs.getString("flag_reason"), rs.getLong("version"));
	}

	/** A location the inbox filters by. */
	public record Location(UUID id, String name) {
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable String clip(@Nullable String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
