package com.growthhub.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/** The appointments table's own guarantees: a rep's live appointments never overlap, whatever Java checked before. */
@SpringBootTest
class AppointmentStoreIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantTransactions transactions;

	@Autowired
	Appointments appointments;

	final OrganizationId organization = OrganizationId.of(UUID.randomUUID());
	final UUID rep = UUID.randomUUID();
	final Instant nine = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

	@Test
	void refusesOverlappingBlocksOfOneRepButNotOfCancelledOnesOrOtherReps() {
		UUID page = page();
		UUID first = insert(page, rep, nine, nine.plus(30, ChronoUnit.MINUTES), "scheduled");

		assertThatThrownBy(() -> insert(page, rep, nine.plus(15, ChronoUnit.MINUTES), nine.plus(45, ChronoUnit.MINUTES),
				"scheduled"))
			.hasRootCauseInstanceOf(SQLException.class)
			.rootCause()
			.satisfies(cause -> assertThat(((SQLException) cause).getSQLState()).isEqualTo("23P01"));

		insert(page, rep, nine.plus(30, ChronoUnit.MINUTES), nine.plus(60, ChronoUnit.MINUTES), "scheduled");
		insert(page, rep, nine, nine.plus(30, ChronoUnit.MINUTES), "cancelled");
		insert(page, UUID.randomUUID(), nine, nine.plus(30, ChronoUnit.MINUTES), "scheduled");

		assertThat(appointments.forRep(organization, UserId.of(rep), nine, nine.plus(1, ChronoUnit.HOURS)))
			.extracting(Appointment::status)
			.containsExactlyInAnyOrder(AppointmentStatus.SCHEDULED, AppointmentStatus.CANCELLED,
					AppointmentStatus.SCHEDULED);
		assertThat(appointments.find(organization, AppointmentId.of(first))).hasValueSatisfying(found -> {
			assertThat(found.bookingPageTitle()).isEqualTo("Sales call");
			assertThat(found.start()).isEqualTo(nine);
			assertThat(found.answers()).containsEntry("budget", "10k");
		});
		assertThat(appointments.find(OrganizationId.of(UUID.randomUUID()), AppointmentId.of(first))).isEmpty();
	}

	private UUID page() {
		UUID id = UUID.randomUUID();
		transactions.run(scope(), () -> jdbc.sql("""
				insert into scheduling_booking_pages (id, organization_id, slug, title, duration_minutes, slot_step_minutes,
				    assignment_mode) values (?, ?, ?, 'Sales call', 30, 30, 'round_robin')""")
			.params(id, organization.value(), "store-" + id.toString().substring(0, 8))
			.update());
		return id;
	}

	private UUID insert(UUID page, UUID repId, Instant start, Instant end, String status) {
		UUID id = UUID.randomUUID();
		transactions.run(scope(), () -> jdbc.sql("""
				insert into scheduling_appointments (id, organization_id, booking_page_id, rep_id, contact_id, starts_at,
				    ends_at, blocked_from, blocked_until, time_zone, status, assignment_reason, answers)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Europe/Berlin', ?, 'fixed', '{"budget": "10k"}')""")
			.params(id, organization.value(), page, repId, UUID.randomUUID(), utc(start), utc(end), utc(start), utc(end),
					status)
			.update());
		return id;
	}

	private TenantScope scope() {
		return TenantScope.organization(organization, new Actor.Job("test"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
