package com.growthhub.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.OrganizationId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Booking pages and their reps; statements run in the caller's transaction (the system's one for {@link #bySlug}). */
@Repository
class BookingPageRepository {

	private static final String SELECT = """
			select p.id, p.organization_id, p.slug, p.title, p.description, p.duration_minutes, p.slot_step_minutes,
			       p.assignment_mode, p.fixed_rep_id, p.questions::text as questions, p.active, p.created_by, p.created_at,
			       array(select r.user_id from scheduling_booking_page_reps r where r.booking_page_id = p.id
			             order by r.position) as reps
			from scheduling_booking_pages p""";

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	BookingPageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<BookingPage> find(OrganizationId organization, UUID id) {
		return jdbc.sql(SELECT + " where p.organization_id = ? and p.id = ? and p.deleted_at is null")
			.params(organization.value(), id).query(BookingPageRepository::page).optional();
	}

	Optional<BookingPage> bySlug(String slug) {
		return jdbc.sql(SELECT + " where p.slug = ? and p.deleted_at is null")
			.param(slug).query(BookingPageRepository::page).optional();
	}

	List<BookingPage> list(OrganizationId organization) {
		return jdbc.sql(SELECT + " where p.organization_id = ? and p.deleted_at is null order by p.title, p.id")
			.param(organization.value()).query(BookingPageRepository::page).list();
	}

	boolean slugTaken(String slug, @Nullable UUID except) {
		return jdbc.sql("""
				select exists (select 1 from scheduling_booking_pages where slug = ? and deleted_at is null
				               and id is distinct from ?)""")
			.params(slug, except).query(Boolean.class).single();
	}

	void insert(OrganizationId organization, UUID id, BookingPageDraft draft, @Nullable UUID createdBy) {
		jdbc.sql("""
				insert into scheduling_booking_pages (id, organization_id, slug, title, description, duration_minutes,
				    slot_step_minutes, assignment_mode, fixed_rep_id, questions, active, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")
			.params(id, organization.value(), draft.slug(), draft.title(), draft.description(), draft.durationMinutes(),
					draft.slotStepMinutes(), draft.assignmentMode().key(), draft.fixedRepId(),
					JSON.writeValueAsString(draft.questions()), draft.active(), createdBy)
			.update();
		saveReps(organization, id, draft.repIds());
	}

	boolean update(OrganizationId organization, UUID id, BookingPageDraft draft) {
		int updated = jdbc.sql("""
				update scheduling_booking_pages set slug = ?, title = ?, description = ?, duration_minutes = ?,
				    slot_step_minutes = ?, assignment_mode = ?, fixed_rep_id = ?, questions = ?::jsonb, active = ?,
				    updated_at = now(), version = version + 1
				where organization_id = ? and id = ? and deleted_at is null""")
			.params(draft.slug(), draft.title(), draft.description(), draft.durationMinutes(), draft.slotStepMinutes(),
					draft.assignmentMode().key(), draft.fixedRepId(), JSON.writeValueAsString(draft.questions()),
					draft.active(), organization.value(), id)
			.update();
		if (updated == 1) {
			jdbc.sql("delete from scheduling_booking_page_reps where organization_id = ? and booking_page_id = ?")
				.params(organization.value(), id).update();
			saveReps(organization, id, draft.repIds());
		}
		return updated == 1;
	}

	boolean delete(OrganizationId organization, UUID id) {
		return jdbc.sql("""
				update scheduling_booking_pages set deleted_at = now(), active = false, updated_at = now()
				where organization_id = ? and id = ? and deleted_at is null""")
			.params(organization.value(), id).update() == 1;
	}

	private void saveReps(OrganizationId organization, UUID page, List<UUID> reps) {
		for (int position = 0; position < reps.size(); position++) {
			jdbc.sql("""
					insert into scheduling_booking_page_reps (organization_id, booking_page_id, user_id, position)
					values (?, ?, ?, ?)""")
				.params(organization.value(), page, reps.get(position), position)
				.update();
		}
	}

	private static BookingPage page(ResultSet rs, int row) throws SQLException {
		List<UUID> reps = new ArrayList<>();
		for (Object rep : (Object[]) rs.getArray("reps").getArray()) {
			reps.add((UUID) rep);
		}
		return new BookingPage(rs.getObject("id", UUID.class), OrganizationId.of(rs.getObject("organization_id", UUID.class)),
				rs.getString("slug"), rs.getString("title"), rs.getString("description"), rs.getInt("duration_minutes"),
				rs.getInt("slot_step_minutes"), AssignmentMode.fromKey(rs.getString("assignment_mode")),
				rs.getObject("fixed_rep_id", UUID.class), JSON.readValue(rs.getString("questions"), QUESTIONS),
				rs.getBoolean("active"), reps, rs.getObject("created_by", UUID.class),
				SqlTimes.instant(rs, "created_at"));
	}
}
