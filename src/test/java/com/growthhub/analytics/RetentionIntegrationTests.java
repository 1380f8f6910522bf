package com.growthhub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.analytics.internal.retention.DataRetention;
import com.growthhub.analytics.internal.retention.RetentionRun;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * Retention (CT10) with a controllable clock: rows just inside each period stay, rows just outside go; the dry run
 * counts without deleting; the run is recorded and audited with counts only; another organization is untouched.
 */
class RetentionIntegrationTests extends IdentityTestSupport {

	private static final Duration DAY = Duration.ofDays(1);

	@Autowired
	DataRetention retention;

	@Test
	void purgesOnlyWhatIsPastItsPeriodAndOnlyInItsOwnOrganization() throws Exception {
		String ownerEmail = uniqueEmail("retention");
		registerVerified(ownerEmail);
		String token = accessToken(ownerEmail);
		OrganizationId organization = organizationOf(token);
		String otherToken = ownerOfAnotherOrganization();
		OrganizationId other = organizationOf(otherToken);

		JsonNode defaults = api().get("/api/v1/retention", token).body();
		assertThat(defaults.path("periods").path("leadsYears").asInt()).isEqualTo(7);
		assertThat(defaults.path("periods").path("activitiesYears").asInt()).isEqualTo(3);
		assertThat(defaults.path("periods").path("kpiEventsYears").asInt()).isEqualTo(5);
		assertThat(defaults.path("trashDays").asInt()).as("contacts' own trash setting, shown here").isEqualTo(30);
		assertThat(defaults.path("lastRun").isMissingNode() || defaults.path("lastRun").isNull()).as("no run yet").isTrue();

		Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		ZonedNow at = new ZonedNow(now);
		Seeded mine = seed(organization, at);
		Seeded theirs = seed(other, at);

		JsonNode dryRun = api().post("/api/v1/retention/dry-run", null, token).body();
		assertThat(dryRun.path("leads").path("count").asLong()).as(dryRun.toString()).isEqualTo(1);
		assertThat(dryRun.path("activities").path("count").asLong()).isEqualTo(1);
		assertThat(dryRun.path("kpiEvents").path("count").asLong()).isEqualTo(1);
		assertThat(Instant.parse(dryRun.path("activities").path("oldest").asString()))
			.isEqualTo(at.yearsAgo(3).minus(DAY));
		assertThat(dryRun.path("kpiEvents").path("cutoff").asString()).isEqualTo(at.kpiCutoff().toString());
		assertThat(counts(organization)).as("a dry run deletes nothing").isEqualTo(List.of(4L, 2L, 2L, 2L));

		RetentionRun run = retention.purge(organization, Clock.fixed(now, ZoneOffset.UTC));
		assertThat(run.leads()).isEqualTo(1);
		assertThat(run.activities()).isEqualTo(1);
		assertThat(run.kpiEvents()).isEqualTo(1);

		assertThat(inScope(organization, () -> jdbc.sql("select id from contacts where organization_id = ? and deleted_at is not null")
			.param(organization.value()).query(UUID.class).list())).as("the expired lead went to the trash, nothing else")
			.containsExactly(mine.expiredLead());
		assertThat(inScope(organization, () -> jdbc.sql("select id from interactions where organization_id = ?")
			.param(organization.value()).query(UUID.class).list())).containsExactly(mine.keptActivity());
		assertThat(inScope(organization, () -> jdbc.sql("select id from kpi_events where organization_id = ?")
			.param(organization.value()).query(UUID.class).list())).containsExactly(mine.keptEvent());
		assertThat(inScope(organization, () -> jdbc.sql("select distinct day from kpi_daily_rollups where organization_id = ?")
			.param(organization.value()).query(LocalDate.class).list()))
			.as("the rollups of whole purged days went with their events; the kept ones are recomputed")
			.containsExactly(at.kpiCutoffDay());
		assertThat(counts(other)).as("another organization is untouched").isEqualTo(List.of(4L, 2L, 2L, 2L));
		assertThat(theirs.expiredLead()).isNotEqualTo(mine.expiredLead());

		String audit = inScope(organization, () -> jdbc.sql("""
				select changes::text from audit_events where organization_id = ? and entity_type = 'retention_run'
				""").param(organization.value()).query(String.class).single());
		assertThat(audit).contains("\"leads\"", "\"activities\"", "\"kpi_events\"").doesNotContain("Retention lead");

		JsonNode after = api().get("/api/v1/retention", token).body();
		assertThat(after.path("lastRun").path("leads").asLong()).isEqualTo(1);
		assertThat(after.path("lastRun").path("activities").asLong()).isEqualTo(1);
		assertThat(after.path("lastRun").path("kpiEvents").asLong()).isEqualTo(1);
		assertThat(after.path("lastRun").path("durationMs").asLong()).isGreaterThanOrEqualTo(0);

		RetentionRun again = retention.purge(organization, Clock.fixed(now, ZoneOffset.UTC));
		assertThat(List.of(again.leads(), again.activities(), again.kpiEvents())).as("nothing left to purge")
			.containsOnly(0L);
	}

	@Test
	void periodsAreChangedByAdminsWithinBounds() {
		String ownerEmail = uniqueEmail("retention-settings");
		registerVerified(ownerEmail);
		String token = accessToken(ownerEmail);
		String member = invitedMember(token, "member");

		var periods = Map.of("leadsYears", 2, "activitiesYears", 1, "kpiEventsYears", 10);
		assertThat(api().exchange("PUT", "/api/v1/retention", periods, member, Map.of()).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/retention/dry-run", null, member).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/retention", member).status()).isEqualTo(200);

		var invalid = api().exchange("PUT", "/api/v1/retention", Map.of("leadsYears", 0, "activitiesYears", 1,
				"kpiEventsYears", 51), token, Map.of());
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.headers().getContentType()).hasToString("application/problem+json");
		assertThat(api().exchange("PUT", "/api/v1/retention", Map.of("leadsYears", 2), token, Map.of()).status())
			.as("all three periods are required").isEqualTo(400);

		JsonNode saved = api().exchange("PUT", "/api/v1/retention", periods, token, Map.of()).body();
		assertThat(saved.path("periods").path("leadsYears").asInt()).isEqualTo(2);
		assertThat(api().get("/api/v1/retention", member).body().path("periods").path("kpiEventsYears").asInt())
			.isEqualTo(10);
	}

	@Test
	void theSettingsPageShowsPeriodsSavesThemAndRunsADryRun() throws Exception {
		String ownerEmail = uniqueEmail("retention-page");
		registerVerified(ownerEmail);
		var browser = signedIn(ownerEmail);
		var page = browser.get("/settings/retention");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Data retention", "name=\"leadsYears\"", "value=\"7\"", "has not run yet",
				"after 30 days");
		String csrf = com.growthhub.BrowserSession.csrf(page.body());
		var saved = browser.post("/settings/retention", Map.of("_csrf", csrf, "leadsYears", "6", "activitiesYears", "3",
				"kpiEventsYears", "5"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(browser.get("/settings/retention").body()).contains("value=\"6\"");
		var dryRun = browser.post("/settings/retention/dry-run", Map.of("_csrf", csrf));
		assertThat(dryRun.statusCode()).isEqualTo(200);
		assertThat(dryRun.body()).contains("data-testid=\"dry-run-table\"", "Nothing was deleted", "data-type=\"leads\"");
	}

	/** The instants a test places rows at, relative to one "now". */
	private record ZonedNow(Instant now) {

		Instant yearsAgo(int years) {
			return now.atZone(ZoneOffset.UTC).minusYears(years).toInstant();
		}

		LocalDate kpiCutoffDay() {
			return LocalDate.ofInstant(now, ZoneOffset.UTC).minusYears(5);
		}

		Instant kpiCutoff() {
			return kpiCutoffDay().atStartOfDay(ZoneOffset.UTC).toInstant();
		}
	}

	private record Seeded(UUID expiredLead, UUID keptActivity, UUID keptEvent) {
	}

	/**
	 * Four contacts (an expired lead, a lead just inside, an old lead with recent activity, an old client), two
	 * interactions and two KPI events either side of their cutoffs, and two rollup rows either side of the KPI day.
	 */
	private Seeded seed(OrganizationId organization, ZonedNow at) {
		return inScope(organization, () -> {
			UUID expired = contact(organization, "LEAD", at.yearsAgo(7).minus(DAY), null);
			contact(organization, "LEAD", at.yearsAgo(7).plus(DAY), null);
			contact(organization, "TARGET", at.yearsAgo(9), at.yearsAgo(1));
			UUID client = contact(organization, "CLIENT", at.yearsAgo(9), null);
			activity(organization, client, at.yearsAgo(3).minus(DAY));
			UUID kept = activity(organization, client, at.yearsAgo(3).plus(DAY));
			event(organization, at.kpiCutoff().minusSeconds(1));
			UUID keptEvent = event(organization, at.kpiCutoff());
			rollup(organization, at.kpiCutoffDay().minusDays(1));
			rollup(organization, at.kpiCutoffDay());
			return new Seeded(expired, kept, keptEvent);
		});
	}

	private UUID contact(OrganizationId organization, String type, Instant updatedAt, Instant lastInteractionAt) {
		UUID id = Ids.next();
		jdbc.sql("""
				insert into contacts (id, organization_id, first_name, type, source, created_at, updated_at, last_interaction_at)
				values (?, ?, 'Retention lead', ?, 'MANUAL', ?, ?, ?)
				""").params(id, organization.value(), type, Timestamp.from(updatedAt), Timestamp.from(updatedAt),
				lastInteractionAt == null ? null : Timestamp.from(lastInteractionAt)).update();
		return id;
	}

	private UUID activity(OrganizationId organization, UUID contact, Instant occurredAt) {
		UUID id = Ids.next();
		jdbc.sql("insert into interactions (id, organization_id, contact_id, type, occurred_at) values (?, ?, ?, 'note', ?)")
			.params(id, organization.value(), contact, Timestamp.from(occurredAt)).update();
		return id;
	}

	private UUID event(OrganizationId organization, Instant occurredAt) {
		return jdbc.sql("""
				insert into kpi_events (organization_id, kind, occurred_at, source_key) values (?, 'ad_click', ?, ?)
				returning id
				""").params(organization.value(), Timestamp.from(occurredAt), "test:" + UUID.randomUUID())
			.query(UUID.class).single();
	}

	private void rollup(OrganizationId organization, LocalDate day) {
		jdbc.sql("""
				insert into kpi_daily_rollups (organization_id, day, model, kind, event_count) values (?, ?, 'first_touch', 'ad_click', 1)
				""").params(organization.value(), Date.valueOf(day)).update();
	}

	/** Live contacts, interactions, KPI events and rollup rows of the organization. */
	private List<Long> counts(OrganizationId organization) {
		return inScope(organization, () -> jdbc.sql("""
				select (select count(*) from contacts where organization_id = ? and deleted_at is null),
				       (select count(*) from interactions where organization_id = ?),
				       (select count(*) from kpi_events where organization_id = ?),
				       (select count(*) from kpi_daily_rollups where organization_id = ?)
				""").params(organization.value(), organization.value(), organization.value(), organization.value())
			.query((row, index) -> List.of(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4))).single());
	}

	private String ownerOfAnotherOrganization() {
		String email = uniqueEmail("retention-other");
		registerVerified(email);
		return accessToken(email);
	}

	private OrganizationId organizationOf(String token) {
		return OrganizationId.of(UUID.fromString(api().get("/api/v1/me", token).body().path("organizationId").asString()));
	}

	private <T> T inScope(OrganizationId organization, Supplier<T> work) {
		return transactions.call(TenantScope.organization(organization, new Actor.Job("test")), work);
	}
}
