package com.growthhub.messaging.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.messaging.LineMembers;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The day of a line's limits is the organization's (America/New_York here), not UTC's: sends at 23:59 in New York
 * (04:59 the next day in UTC) still count against the New York day, which resets at the New York midnight.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyLimitsDayBoundaryTests extends IdentityTestSupport {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	/** 23:59 on 9 March 2026 in New York, already 10 March in UTC. */
	private static final Instant LATE_EVENING = Instant.parse("2026-03-10T03:59:00Z");

	@Autowired
	LineRepository lines;

	OrganizationId organization;

	Actor owner;

	LineView line;

	final MovableClock clock = new MovableClock(LATE_EVENING);

	@BeforeAll
	void lineWithLowLimits() {
		String email = uniqueEmail("limits-zone");
		registerVerified(email);
		String token = accessToken(email);
		organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/organization", token).text("id")));
		UUID ownerId = UUID.fromString(api().get("/api/v1/me", token).text("id"));
		owner = new Actor.User(ownerId);
		String id = api().post("/api/v1/lines", Map.of("assignedUserId", ownerId.toString(), "displayName", "Zone",
				"phoneNumber", "+1555" + String.format("%07d", (int) (Math.random() * 10_000_000)), "dailyMessagesLimit", 2,
				"dailyNewConversationsLimit", 1), token).text("id");
		line = transactions.call(organization, owner, () -> lines.find(organization, UUID.fromString(id)).orElseThrow());
	}

	@Test
	void theLimitsFollowTheOrganizationsDayAndResetAtItsMidnight() {
		DailyLimits limits = new DailyLimits(jdbc, new ZoneOnly(NEW_YORK), clock);

		DailyLimits.Usage first = count(limits, true);
		assertThat(first.day()).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(first.resetsAt()).isEqualTo(Instant.parse("2026-03-10T04:00:00Z"));
		assertThatThrownBy(() -> count(limits, true)).isInstanceOfSatisfying(DailyLimitReachedException.class,
				refused -> assertThat(refused.limit()).isEqualTo("new_conversations"));
		assertThat(count(limits, false).messages()).isEqualTo(2);
		assertThatThrownBy(() -> count(limits, false)).isInstanceOfSatisfying(DailyLimitReachedException.class, refused -> {
			assertThat(refused.limit()).isEqualTo("messages");
			assertThat(refused.getBody().getProperties()).containsEntry("resetsAt", "2026-03-10T04:00:00Z");
			assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("60");
		});

		clock.set(Instant.parse("2026-03-10T04:00:01Z"));
		DailyLimits.Usage nextDay = count(limits, true);
		assertThat(nextDay.day()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(nextDay.messages()).isEqualTo(1);
		assertThat(nextDay.newConversations()).isEqualTo(1);
		assertThat(transactions.call(organization, owner, () -> limits.usage(organization, line)).messages()).isEqualTo(1);
	}

	private DailyLimits.Usage count(DailyLimits limits, boolean newConversation) {
		return transactions.call(organization, owner, () -> limits.count(organization, line, newConversation));
	}

	private record ZoneOnly(ZoneId zone) implements LineMembers {

		@Override
		public Optional<LineMember> find(OrganizationId organization, UUID userId) {
			return Optional.empty();
		}

		@Override
		public List<LineMember> list(OrganizationId organization) {
			return List.of();
		}

		@Override
		public ZoneId timeZone(OrganizationId organization) {
			return zone;
		}
	}

	private static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void set(Instant instant) {
			this.now = instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			MovableClock self = this;
			return new Clock() {
				@Override
				public ZoneId getZone() {
					return zone;
				}

				@Override
				public Clock withZone(ZoneId other) {
					return self.withZone(other);
				}

				@Override
				public Instant instant() {
					return self.instant();
				}
			};
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
