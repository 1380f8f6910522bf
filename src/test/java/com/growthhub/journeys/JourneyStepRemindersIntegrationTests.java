package com.growthhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.journeys.internal.JourneyStepReminders;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

class JourneyStepRemindersIntegrationTests extends IdentityTestSupport {

	@Autowired
	JourneyStepReminders reminders;

	@Test
	void notifiesEachAssigneeOnceForEachOpenStepDueToday() {
		String owner = uniqueEmail("reminders");
		registerVerified(owner);
		String token = accessToken(owner);
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Due")), token).text("id");
		String template = api().post("/api/v1/journey-templates", Map.of("name", "Reminders", "steps", List.of(
				Map.of("title", "Today one", "dueOffsetDays", 0, "assigneeRole", "owner"),
				Map.of("title", "Today two", "dueOffsetDays", 0, "assigneeRole", "owner"),
				Map.of("title", "Done today", "dueOffsetDays", 0, "assigneeRole", "owner"),
				Map.of("title", "Later", "dueOffsetDays", 2, "assigneeRole", "owner"))), token).text("id");
		ApiClient.Response journey = api().post("/api/v1/journeys", Map.of("contactId", contact, "templateId", template), token);
		String doneStep = journey.body().path("steps").get(2).path("id").asText();
		api().exchange("PATCH", "/api/v1/journeys/" + journey.text("id") + "/steps/" + doneStep, Map.of("done", true), token,
				Map.of());

		reminders.notifyDueToday();
		reminders.notifyDueToday();

		ApiClient.Response bell = api().get("/api/v1/notifications", token);
		assertThat(bell.body().path("items")).hasSize(2);
		assertThat(bell.body().path("items").toString()).contains("journey_step_due", "Today one", "Today two")
			.doesNotContain("Done today", "Later");
		assertThat(notifiedSteps(journey.text("id"))).isEqualTo(2);
	}

	private int notifiedSteps(String journey) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql(
				"select count(*) from journey_steps where journey_id = ? and notified_at is not null")
			.param(UUID.fromString(journey)).query(Integer.class).single());
	}
}
