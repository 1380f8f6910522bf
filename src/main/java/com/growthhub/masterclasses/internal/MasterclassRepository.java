package com.growthhub.masterclasses.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.masterclasses.internal.MasterclassView.AgendaItem;
import com.growthhub.masterclasses.internal.MasterclassView.Question;
import com.growthhub.masterclasses.internal.MasterclassView.StreamKind;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The masterclasses table; every statement runs in the caller's transaction (the system's one for {@link #bySlug}). */
@Repository
class MasterclassRepository {

	private static final String SELECT = """
			select m.id, m.organization_id, m.slug, m.title, m.description, m.agenda::text as agenda,
			  m.questions::text as questions, m.host_user_id, m.starts_at, m.ends_at, m.time_zone, m.price_cents, m.currency,
			  m.capacity, m.status, m.cover_file_id, m.stream_kind, m.stream_url, m.booking_page_id,
			  m.attendance_threshold_minutes, m.live_started_at, m.live_ended_at, m.created_at, m.updated_at, m.version,
			  (select count(*) from masterclass_registrations r where r.masterclass_id = m.id and r.has_seat) as seats_taken
			from masterclasses m""";

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<List<AgendaItem>> AGENDA = new TypeReference<>() {
	};
	private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	MasterclassRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<MasterclassView> find(OrganizationId organization, UUID id) {
		return jdbc.sql(SELECT + " where m.organization_id = ? and m.id = ?").params(organization.value(), id)
			.query(MasterclassRepository::view).optional();
	}

	/** Locks the row: registrations of one class queue here, so seats are counted one at a time. */
	Optional<MasterclassView> lock(OrganizationId organization, UUID id) {
		jdbc.sql("select id from masterclasses where organization_id = ? and id = ? for update")
			.params(organization.value(), id).query(UUID.class).optional();
		return find(organization, id);
	}

	/** Across organizations: the public landing page's look-up. */
	Optional<Located> bySlug(String slug) {
		return jdbc.sql("select organization_id, id from masterclasses where slug = ?").param(slug.toLowerCase(Locale.ROOT))
			.query((rs, n) -> new Located(OrganizationId.of(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class)))
			.optional();
	}

	boolean slugTaken(String slug, @Nullable UUID except) {
		return jdbc.sql("select exists (select 1 from masterclasses where slug = ? and id is distinct from ?::uuid)")
			.params(slug, except).query(Boolean.class).single();
	}

	List<MasterclassView> list(OrganizationId organization, @Nullable MasterclassStatus status,
			@Nullable PageCursor cursor, int limit) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where m.organization_id = ?");
		List<Object> params = new java.util.ArrayList<>(List.of(organization.value()));
		if (status != null) {
			sql.append(" and m.status = ?");
			params.add(status.key());
		}
		if (cursor != null) {
			sql.append(" and (m.starts_at, m.id) < (?, ?)");
			params.add(Timestamp.from(cursor.instant()));
			params.add(cursor.id());
		}
		sql.append(" order by m.starts_at desc, m.id desc limit ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(MasterclassRepository::view).list();
	}

	void insert(OrganizationId organization, UUID id, UUID createdBy, MasterclassInput input) {
		jdbc.sql("""
				insert into masterclasses (id, organization_id, slug, title, description, agenda, questions, host_user_id,
				  starts_at, ends_at, time_zone, price_cents, currency, capacity, cover_file_id, stream_kind, stream_url,
				  booking_page_id, attendance_threshold_minutes, created_by)
				values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, organization.value(), input.slug(), input.title(), input.description(),
					JSON.writeValueAsString(input.agenda()), JSON.writeValueAsString(input.questions()), input.hostUserId(),
					Timestamp.from(input.startsAt()), Timestamp.from(input.endsAt()), input.timeZone(), input.priceCents(),
					input.currency(), input.capacity(), input.coverFileId(), input.streamKind().name().toLowerCase(Locale.ROOT),
					input.streamUrl(), input.bookingPageId(), input.attendanceThresholdMinutes(),
					createdBy)
			.update();
	}

	void update(UUID id, MasterclassInput input) {
		jdbc.sql("""
				update masterclasses set slug = ?, title = ?, description = ?, agenda = ?::jsonb, questions = ?::jsonb,
				  host_user_id = ?, starts_at = ?, ends_at = ?, time_zone = ?, price_cents = ?, currency = ?, capacity = ?,
				  cover_file_id = ?, stream_kind = ?, stream_url = ?, booking_page_id = ?,
				  attendance_threshold_minutes = ?, updated_at = now(), version = version + 1
				where id = ?""")
			.params(input.slug(), input.title(), input.description(), JSON.writeValueAsString(input.agenda()),
					JSON.writeValueAsString(input.questions()), input.hostUserId(), Timestamp.from(input.startsAt()),
					Timestamp.from(input.endsAt()), input.timeZone(), input.priceCents(), input.currency(), input.capacity(),
					input.coverFileId(), input.streamKind().name().toLowerCase(Locale.ROOT), input.streamUrl(),
					input.bookingPageId(), input.attendanceThresholdMinutes(), id)
			.update();
	}

	/** Sets (or, with null, removes) the cover image; the row is locked by the caller. */
	void cover(UUID id, @Nullable UUID fileId) {
		jdbc.sql("update masterclasses set cover_file_id = ?, updated_at = now(), version = version + 1 where id = ?")
			.params(fileId, id).update();
	}

	void status(UUID id, MasterclassStatus status) {
		String stamp = switch (status) {
			case LIVE -> ", live_started_at = now()";
			case ENDED -> ", live_ended_at = now()";
			default -> "";
		};
		jdbc.sql("update masterclasses set status = ?, updated_at = now(), version = version + 1" + stamp + " where id = ?")
			.params(status.key(), id).update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from masterclasses where id = ?").param(id).update();
	}

	/** The creator of the class, for work done on its behalf (an invoice needs a person). */
	Optional<UUID> createdBy(UUID id) {
		return jdbc.sql("select created_by from masterclasses where id = ?").param(id).query(UUID.class).optional();
	}

	record Located(OrganizationId organization, UUID id) {
	}

	private static MasterclassView view(ResultSet rs, int row) throws SQLException {
		Integer capacity = (Integer) rs.getObject("capacity");
		int taken = rs.getInt("seats_taken");
		return new MasterclassView(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
				rs.getString("description"), JSON.readValue(rs.getString("agenda"), AGENDA),
				JSON.readValue(rs.getString("questions"), QUESTIONS), rs.getObject("host_user_id", UUID.class),
				instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("time_zone"), rs.getLong("price_cents"),
				rs.getString("currency"), capacity, MasterclassStatus.fromKey(rs.getString("status")).orElseThrow(),
				rs.getObject("cover_file_id", UUID.class),
				StreamKind.valueOf(rs.getString("stream_kind").toUpperCase(Locale.ROOT)), rs.getString("stream_url"),
				rs.getObject("booking_page_id", UUID.class),
				rs.getInt("attendance_threshold_minutes"), nullableInstant(rs, "live_started_at"),
				nullableInstant(rs, "live_ended_at"), taken, capacity == null ? null : Math.max(0, capacity - taken),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
