package com.growthhub.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/** The staff pages: availability editor, booking page editor and list, appointments with status changes. */
class SchedulingPagesTests extends IdentityTestSupport {

	@Test
	void repSetsHoursCreatesAPageAndMarksAnAppointmentCompleted() throws Exception {
		String email = uniqueEmail("scheduling-pages");
		registerVerified(email);
		String token = accessToken(email);
		String me = api().get("/api/v1/me", token).body().path("id").asString();
		BrowserSession browser = signedIn(email);

		String editor = browser.get("/scheduling/availability").body();
		assertThat(editor).contains("data-testid=\"availability-form\"", "09:00-17:00");
		Map<String, String> hours = new HashMap<>(Map.of("_csrf", BrowserSession.csrf(editor), "user", me,
				"timeZone", "Europe/Berlin", "overrides", "2030-12-24 off\n2030-12-28 10:00-12:00", "minimumNoticeMinutes", "0",
				"bufferBeforeMinutes", "10", "bufferAfterMinutes", "5", "maxPerDay", ""));
		for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
			hours.put("day-" + day, "00:00-12:00, 12:00-23:30");
		}
		assertThat(browser.post("/scheduling/availability", hours).statusCode()).isEqualTo(302);
		JsonNode saved = api().get("/api/v1/availability", token).body();
		assertThat(saved.path("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(saved.path("weeklyHours")).hasSize(14);
		JsonNode dayOff = saved.path("overrides").get(0).path("start");
		assertThat(dayOff.isMissingNode() || dayOff.isNull()).as("a day off has no times").isTrue();
		assertThat(saved.path("overrides").get(1).path("start").asString()).isEqualTo("10:00");
		assertThat(saved.path("bufferBeforeMinutes").asInt()).isEqualTo(10);

		hours.put("day-monday", "17:00-09:00");
		HttpResponse<String> refused = browser.post("/scheduling/availability", hours);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("data-testid=\"availability-error\"");

		String slug = "pages-" + UUID.randomUUID().toString().substring(0, 8);
		String pageForm = browser.get("/scheduling/pages/new").body();
		assertThat(browser.post("/scheduling/pages", Map.of("_csrf", BrowserSession.csrf(pageForm), "slug", slug, "title",
				"Discovery call", "durationMinutes", "30", "slotStepMinutes", "30", "assignmentMode", "round_robin",
				"repIds", me, "questions", "goal | Your goal? | required", "active", "on")).statusCode()).isEqualTo(302);
		assertThat(browser.get("/scheduling/pages").body()).contains("/book/" + slug, "Discovery call");
		assertThat(browser.get("/book/" + slug).body()).contains("Discovery call", "Your goal?", "/js/scheduling/booking.js")
			.doesNotContain("<script>");

		String start = api().get("/api/v1/public/booking/" + slug + "/slots?days=3", null).body().path("days").get(1)
			.path("slots").get(0).path("start").asString();
		assertThat(api().post("/api/v1/public/booking/" + slug, Map.of("start", start, "name", "Grace Hopper", "email",
				"grace@example.com", "timeZone", "America/New_York", "answers", Map.of("goal", "scale")), null).status())
			.isEqualTo(201);
		String id = api().get("/api/v1/appointments", token).body().path("items").get(0).path("id").asString();

		String list = browser.get("/scheduling/appointments").body();
		assertThat(list).contains("Discovery call", "Grace Hopper", "America/New_York", "data-testid=\"mark-completed\"");
		assertThat(browser.post("/scheduling/appointments/" + id + "/status", Map.of("_csrf", BrowserSession.csrf(list),
				"status", "completed")).statusCode()).isEqualTo(302);
		assertThat(browser.get("/scheduling/appointments?status=completed").body()).contains("Grace Hopper")
			.doesNotContain("data-testid=\"mark-completed\"");
		assertThat(browser.get("/scheduling/appointments?status=scheduled").body())
			.contains("data-testid=\"appointments-empty\"");
	}
}
