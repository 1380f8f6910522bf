package com.growthhub.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.analytics.KpiKind;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

/**
 * The property the reports rest on: after any sequence of recordings (duplicates, events with and without contact or
 * campaign, out-of-order times, rebuilds in between) the rollups maintained one event at a time equal a full
 * recomputation. A seeded loop of a few hundred sequences; a failure prints its seed and case.
 */
class RollupPropertyIntegrationTests extends IdentityTestSupport {

	private static final long SEED = 20261203L;
	private static final int CASES = 150;

	@Autowired
	KpiRecorder recorder;

	@Autowired
	RollupRebuild rebuild;

	@Test
	void countsEachEventOnTheContactsFirstAndLastCampaignAsTheyStoodWhenItWasRecorded() {
		KpiFixtures fixtures = new KpiFixtures(jdbc, transactions);
		OrganizationId organization = OrganizationId.of(UUID.randomUUID());
		UUID first = fixtures.campaign(organization, "First");
		UUID second = fixtures.campaign(organization, "Second");
		UUID contact = UUID.randomUUID();
		Instant at = Instant.now().minusSeconds(3600);

		assertThat(recorder.record(KpiEventDraft.count(organization, KpiKind.CONSULT_BOOKED, contact, null, at, "a")))
			.isTrue();
		assertThat(recorder.record(KpiEventDraft.count(organization, KpiKind.AD_CLICK, contact, first, at, "b"))).isTrue();
		assertThat(recorder.record(KpiEventDraft.count(organization, KpiKind.AD_CLICK, contact, first, at, "b")))
			.as("the same source key again").isFalse();
		recorder.record(KpiEventDraft.count(organization, KpiKind.AD_CLICK, contact, second, at, "c"));
		recorder.record(KpiEventDraft.count(organization, KpiKind.CONSULT_SHOW, contact, null, at, "d"));
		recorder.record(KpiEventDraft.count(organization, KpiKind.AD_CLICK, null, second, at, "e"));

		assertThat(fixtures.count(organization, "first_touch", "consult_booked", null)).as("no touch yet").isEqualTo(1);
		assertThat(fixtures.count(organization, "last_touch", "consult_booked", null)).isEqualTo(1);
		assertThat(fixtures.count(organization, "first_touch", "ad_click", first)).as("b, and c's first touch").isEqualTo(2);
		assertThat(fixtures.count(organization, "last_touch", "ad_click", first)).isEqualTo(1);
		assertThat(fixtures.count(organization, "first_touch", "ad_click", second)).as("e, no contact").isEqualTo(1);
		assertThat(fixtures.count(organization, "last_touch", "ad_click", second)).as("c and e").isEqualTo(2);
		assertThat(fixtures.count(organization, "first_touch", "consult_show", first)).isEqualTo(1);
		assertThat(fixtures.count(organization, "last_touch", "consult_show", second)).isEqualTo(1);
		assertThat(fixtures.touches(organization)).singleElement().asString().startsWith(contact + " " + first)
			.contains(second.toString());

		List<String> maintained = fixtures.rollups(organization);
		rebuild.rebuild(organization);
		assertThat(fixtures.rollups(organization)).isEqualTo(maintained);
	}

	@Test
	void maintainedRollupsEqualTheRebuildAfterRandomSequences() {
		KpiFixtures fixtures = new KpiFixtures(jdbc, transactions);
		Random random = new Random(SEED);
		Instant now = Instant.now();
		// Half the cases in organizations whose days are cut far from UTC (+14, -11, and one with daylight saving).
		List<OrganizationId> zoned = List.of(organizationIn("Pacific/Kiritimati"), organizationIn("Pacific/Pago_Pago"),
				organizationIn("America/Los_Angeles"));
		for (int run = 0; run < CASES; run++) {
			OrganizationId organization = run % 2 == 0 ? zoned.get(run / 2 % zoned.size())
					: OrganizationId.of(UUID.randomUUID());
			List<UUID> campaigns = List.of(fixtures.campaign(organization, "Spring " + run),
					fixtures.campaign(organization, "Summer " + run), fixtures.campaign(organization, "Autumn " + run));
			List<UUID> contacts = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
			List<String> keys = new ArrayList<>();
			int steps = 1 + random.nextInt(20);
			for (int step = 0; step < steps; step++) {
				if (random.nextInt(15) == 0) {
					rebuild.rebuild(organization);
					continue;
				}
				String key = !keys.isEmpty() && random.nextInt(6) == 0 ? keys.get(random.nextInt(keys.size()))
						: "test:" + UUID.randomUUID();
				keys.add(key);
				KpiKind kind = KpiKind.values()[random.nextInt(KpiKind.values().length)];
				UUID contact = random.nextInt(5) == 0 ? null : contacts.get(random.nextInt(contacts.size()));
				UUID campaign = random.nextInt(5) < 2 ? null : campaigns.get(random.nextInt(campaigns.size()));
				// Up to 60 days back, so that events fall into two or three calendar months (the monthly rollups).
				Instant at = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
				recorder.record(kind.carriesValue()
						? new KpiEventDraft(organization, kind, contact, campaign, at, 100L + random.nextInt(100_000),
								random.nextBoolean() ? "USD" : "EUR", java.util.Map.of(), key)
						: KpiEventDraft.count(organization, kind, contact, campaign, at, key));
			}
			assertThat(fixtures.monthsNotSummingTheirDays(organization)).as("months, seed %d case %d", SEED, run).isEmpty();
			List<String> maintained = fixtures.rollups(organization);
			List<String> touches = fixtures.touches(organization);
			rebuild.rebuild(organization);
			assertThat(fixtures.rollups(organization)).as("seed %d case %d", SEED, run).isEqualTo(maintained);
			assertThat(fixtures.touches(organization)).as("touches, seed %d case %d", SEED, run).isEqualTo(touches);
		}
	}

	private OrganizationId organizationIn(String zone) {
		String owner = uniqueEmail("rollup-zone");
		registerVerified(owner);
		String token = accessToken(owner);
		assertThat(api().exchange("PATCH", "/api/v1/organization", java.util.Map.of("timeZone", zone), token,
				java.util.Map.of()).status()).isEqualTo(200);
		return OrganizationId.of(UUID.fromString(api().get("/api/v1/me", token).text("organizationId")));
	}
}
