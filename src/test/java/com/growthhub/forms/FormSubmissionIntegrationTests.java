package com.growthhub.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.forms.internal.ProcessorPace;
import com.growthhub.forms.internal.SubmissionProcessor;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;

/**
 * Public submissions end to end: accepted into the queue, processed into a contact, a deal, a timeline entry and a
 * notification; idempotency; every kind of bad input; spam into quarantine and out again; a processor that dies
 * mid-queue; a processor yielding to arriving submissions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormSubmissionIntegrationTests extends IdentityTestSupport {

	@Autowired
	SubmissionProcessor processor;

	@Autowired
	ProcessorPace pace;

	String owner;
	String ownerEmail;
	UUID ownerId;
	UUID organization;
	UUID pipeline;
	UUID stage;
	PublicForms visitor;

	@BeforeAll
	void team() {
		String email = uniqueEmail("forms-owner");
		registerVerified(email);
		ownerEmail = email;
		owner = accessToken(email);
		organization = UUID.fromString(api().get("/api/v1/organization", owner).text("id"));
		ownerId = UUID.fromString(api().get("/api/v1/me", owner).text("id"));
		JsonNode first = api().get("/api/v1/pipelines", owner).body().path("items").get(0);
		pipeline = UUID.fromString(first.path("id").asString());
		stage = UUID.fromString(first.path("stages").get(1).path("id").asString());
		visitor = new PublicForms(port);
	}

	/** A published two-step form: email and name, then an interest, with a company field shown only for sales. */
	UUID publishedForm(Map<String, Object> settings) {
		Map<String, Object> definition = Map.of("fields", List.of(
				Map.of("key", "email", "type", "email", "label", "Email", "required", true, "mapsTo", "email"),
				Map.of("key", "name", "type", "text", "label", "Name", "required", true, "mapsTo", "firstName"),
				Map.of("key", "interest", "type", "radio", "label", "Interest", "options", List.of("sales", "support"),
						"step", 1),
				Map.of("key", "company", "type", "text", "label", "Company", "mapsTo", "company", "step", 1, "showWhen",
						Map.of("rules", List.of(Map.of("field", "interest", "operator", "equals", "value", "sales")))),
				Map.of("key", "utm_source", "type", "hidden", "label", "Source", "captures", "utm_source")),
				"steps", List.of(Map.of("title", "You"), Map.of("title", "Your needs")), "settings", settings);
		ApiClient.Response created = api().post("/api/v1/forms", Map.of("name", "Contact us", "definition", definition), owner);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		UUID id = UUID.fromString(created.text("id"));
		ApiClient.Response published = api().post("/api/v1/forms/" + id + "/publish", null, owner);
		assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
		return id;
	}

	Map<String, Object> quickSettings() {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("proofOfWork", false);
		settings.put("minFillSeconds", 0);
		return settings;
	}

	JsonNode submission(UUID form, String id) {
		for (JsonNode item : api().get("/api/v1/forms/" + form + "/submissions", owner).body().path("items")) {
			if (item.path("id").asString().equals(id)) {
				return item;
			}
		}
		throw new AssertionError("no submission " + id);
	}

	String statusOf(UUID form, String id) {
		return submission(form, id).path("status").asString();
	}

	long count(String sql, Object... params) {
		return transactions.call(TenantScope.system(new Actor.Job("test")),
				() -> jdbc.sql(sql).params(params).query(Long.class).single());
	}

	@Test
	void aSubmissionBecomesAContactADealATimelineEntryAndANotification() throws Exception {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("pipelineId", pipeline.toString());
		settings.put("stageId", stage.toString());
		settings.put("notifyUserIds", List.of(ownerId.toString()));
		settings.put("sourceLabel", "Website");
		settings.put("minFillSeconds", 0);
		UUID form = publishedForm(settings);
		String email = uniqueEmail("lead");
		PublicForms.Answer accepted = visitor.postJson(form, Map.of("email", email, "name", "Ada", "interest", "sales",
				"company", "Analytical Engines", "utm_source", "newsletter", "_pow", visitor.proofOfWork(form)), Map.of());
		assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
		String id = accepted.submissionId();

		await().atMost(Duration.ofSeconds(20)).until(() -> statusOf(form, id).equals("processed"));
		JsonNode processed = submission(form, id);
		UUID contact = UUID.fromString(processed.path("contactId").asString());
		assertThat(processed.path("dealId").isString()).isTrue();
		assertThat(processed.path("classification").asString()).isIn("lead", "spam", "support", "job_application", "other");
		JsonNode saved = api().get("/api/v1/contacts/" + contact, owner).body();
		assertThat(saved.path("email").asString()).isEqualTo(email);
		assertThat(saved.path("firstName").asString()).isEqualTo("Ada");
		assertThat(saved.path("company").asString()).isEqualTo("Analytical Engines");
		assertThat(saved.path("source").asString()).isEqualToIgnoringCase("form");
		assertThat(count("select count(*) from interactions where contact_id = ? and type = 'form_submission' "
				+ "and payload::text like '%newsletter%'", contact)).isEqualTo(1);
		assertThat(count("select count(*) from deals where contact_id = ? and stage_id = ?", contact, stage)).isEqualTo(1);
		assertThat(count("select count(*) from notifications where recipient_user_id = ? and type = 'form_submission'", ownerId))
			.isGreaterThanOrEqualTo(1);
		await().atMost(Duration.ofSeconds(20)).until(() -> mailbox().latestBody(ownerEmail, "form-submission").isPresent());
		assertThat(mailbox().latestBody(ownerEmail, "form-submission").orElseThrow()).contains("Contact us")
			.contains("From Ada").contains("Company: Analytical Engines");

		// The same person again: the same contact, brought up to date, never a duplicate.
		PublicForms.Answer again = visitor.postJson(form, Map.of("email", email.toUpperCase(), "name", "Ada",
				"interest", "support", "_pow", visitor.proofOfWork(form)), Map.of());
		await().atMost(Duration.ofSeconds(20)).until(() -> statusOf(form, again.submissionId()).equals("processed"));
		assertThat(submission(form, again.submissionId()).path("contactId").asString()).isEqualTo(contact.toString());
		assertThat(count("select count(*) from contacts where organization_id = ? and lower(email) = lower(?)",
				organization, email)).isEqualTo(1);
	}

	@Test
	void theSameIdempotencyKeyIsTheSameSubmissionAndWithOtherAnswersAConflict() throws Exception {
		UUID form = publishedForm(quickSettings());
		Map<String, Object> answers = Map.of("email", uniqueEmail("twice"), "name", "Bo");
		PublicForms.Answer first = visitor.postJson(form, answers, Map.of("Idempotency-Key", "k-1"));
		PublicForms.Answer second = visitor.postJson(form, answers, Map.of("Idempotency-Key", "k-1"));
		assertThat(first.status()).isEqualTo(202);
		assertThat(second.status()).isEqualTo(202);
		assertThat(second.submissionId()).isEqualTo(first.submissionId());
		PublicForms.Answer other = visitor.postJson(form, Map.of("email", uniqueEmail("other"), "name", "Bo"),
				Map.of("Idempotency-Key", "k-1"));
		assertThat(other.status()).isEqualTo(409);
		assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
		// The hidden field of a plain HTML form works like the header.
		PublicForms.Answer viaField = visitor.postForm(form, Map.of("email", (String) answers.get("email"), "name", "Bo",
				"_idempotency_key", "k-1"), Map.of());
		assertThat(viaField.status()).isEqualTo(202);
		assertThat(viaField.submissionId()).isEqualTo(first.submissionId());
	}

	@Test
	void resendsArrivingTogetherAreOneSubmissionEach() throws Exception {
		UUID form = publishedForm(quickSettings());
		// Six people each send three times at once (fewer than the per-address limit): resends may share a commit.
		List<CompletableFuture<PublicForms.Answer>> sent = new ArrayList<>();
		for (int person = 0; person < 6; person++) {
			Map<String, Object> answers = Map.of("email", "together-" + person + "-" + form + "@example.com", "name", "T");
			for (int copy = 0; copy < 3; copy++) {
				sent.add(CompletableFuture.supplyAsync(() -> {
					try {
						return visitor.postJson(form, answers, Map.of("Idempotency-Key", answers.get("email").toString()));
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}));
			}
		}
		for (int person = 0; person < 6; person++) {
			List<PublicForms.Answer> copies = sent.subList(person * 3, person * 3 + 3).stream().map(CompletableFuture::join)
				.toList();
			assertThat(copies).extracting(PublicForms.Answer::status).containsOnly(202);
			assertThat(copies).extracting(PublicForms.Answer::submissionId).as("one submission per person").hasSize(3)
				.containsOnly(copies.getFirst().submissionId());
		}
		assertThat(count("select count(*) from form_submissions where form_id = ?", form)).isEqualTo(6);
	}

	@Test
	void badInputIsAClearProblemNeverAServerError() throws Exception {
		Map<String, Object> settings = new LinkedHashMap<>(quickSettings());
		settings.put("proofOfWork", true);
		settings.put("allowedDomains", List.of("shop.example"));
		UUID form = publishedForm(settings);
		String email = uniqueEmail("bad");

		PublicForms.Answer hidden = visitor.postJson(form, Map.of("email", email, "name", "C", "interest", "support",
				"company", "Hidden Inc", "_pow", visitor.proofOfWork(form)), Map.of());
		assertThat(hidden.status()).isEqualTo(422);
		assertThat(hidden.body().path("errors").toString()).contains("company", "hidden by its condition");

		assertThat(visitor.postJson(form, Map.of("email", email, "name", "C"), Map.of()).status()).isEqualTo(422);
		PublicForms.Answer forged = visitor.postJson(form, Map.of("email", email, "name", "C", "_pow", "eyJ4IjoxfQ=="),
				Map.of());
		assertThat(forged.status()).isEqualTo(422);
		assertThat(forged.body().path("title").asString()).isEqualTo("Invalid proof of work");

		String solved = visitor.proofOfWork(form);
		assertThat(visitor.postJson(form, Map.of("email", email, "name", "C", "_pow", solved), Map.of()).status())
			.isEqualTo(202);
		PublicForms.Answer replayed = visitor.postJson(form, Map.of("email", uniqueEmail("replay"), "name", "D", "_pow",
				solved), Map.of());
		assertThat(replayed.status()).isEqualTo(409);
		assertThat(replayed.body().path("title").asString()).isEqualTo("Proof of work already used");

		PublicForms.Answer tooBig = visitor.postJson(form, "{\"name\": \"" + "x".repeat(70_000) + "\"}", Map.of());
		assertThat(tooBig.status()).isEqualTo(413);
		assertThat(visitor.postJson(form, "{not json", Map.of()).status()).isEqualTo(400);
		assertThat(visitor.postJson(UUID.randomUUID(), Map.of("email", email), Map.of()).status()).isEqualTo(404);

		PublicForms.Answer unlisted = visitor.postJson(form, Map.of("email", email, "name", "C"),
				Map.of("Origin", "https://evil.example"));
		assertThat(unlisted.status()).isEqualTo(403);
		assertThat(unlisted.body().path("title").asString()).isEqualTo("Origin not allowed");
		PublicForms.Answer preflight = visitor.options(form, "https://shop.example");
		assertThat(preflight.status()).isEqualTo(204);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example");
		assertThat(visitor.options(form, "https://evil.example").status()).isEqualTo(403);
	}

	@Test
	void spamIsQuarantinedNotDroppedAndAPersonCanReleaseIt() throws Exception {
		UUID form = publishedForm(quickSettings());
		PublicForms.Answer bot = visitor.postForm(form, Map.of("email", uniqueEmail("bot"), "name", "Bot", "_hp",
				"http://spam.example"), Map.of());
		assertThat(bot.status()).as("a bot learns nothing").isEqualTo(202);
		assertThat(statusOf(form, bot.submissionId())).isEqualTo("quarantined");
		assertThat(submission(form, bot.submissionId()).path("spamReasons").toString()).contains("honeypot");
		JsonNode quarantined = api().get("/api/v1/forms/" + form + "/submissions?status=quarantined", owner).body();
		assertThat(quarantined.path("items")).hasSize(1);

		assertThat(api().post("/api/v1/forms/submissions/" + bot.submissionId() + "/release", null, owner).status())
			.isEqualTo(202);
		await().atMost(Duration.ofSeconds(20)).until(() -> statusOf(form, bot.submissionId()).equals("processed"));
		assertThat(api().post("/api/v1/forms/submissions/" + bot.submissionId() + "/release", null, owner).status())
			.isEqualTo(400);

		// What passes the layers but reads as spam to the classifier (here the built-in rules) is quarantined too.
		PublicForms.Answer pitch = visitor.postJson(form, Map.of("email", uniqueEmail("pitch"), "name", "Max",
				"interest", "sales", "company", "Cheap SEO backlinks, casino and crypto offers"), Map.of());
		assertThat(pitch.status()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20)).until(() -> statusOf(form, pitch.submissionId()).equals("quarantined"));
		JsonNode classified = submission(form, pitch.submissionId());
		assertThat(classified.path("spamReasons").toString()).contains("classified_spam");
		assertThat(classified.path("classification").asString()).isEqualTo("spam");
		assertThat(classified.path("contactId").isString()).as("no contact made of spam").isFalse();
		assertThat(count("select count(*) from form_submissions where id = ?::uuid and classified_by = 'rules' "
				+ "and classification_confidence >= 0.7 and classified_at is not null", pitch.submissionId())).isEqualTo(1);
		api().post("/api/v1/forms/submissions/" + pitch.submissionId() + "/release", null, owner);
		await().atMost(Duration.ofSeconds(20)).until(() -> statusOf(form, pitch.submissionId()).equals("processed"));
	}

	@Test
	void aProcessorKilledMidQueueLeavesEverySubmissionProcessedExactlyOnce() throws Exception {
		UUID form = publishedForm(quickSettings());
		processor.pause(true);
		List<String> ids = new ArrayList<>();
		try {
			// Fewer than the per-address limit, which this test does not mean to hit.
			for (int i = 0; i < 15; i++) {
				PublicForms.Answer accepted = visitor.postJson(form, Map.of("email", "queue-" + i + "-" + form + "@example.com",
						"name", "Q" + i), Map.of());
				assertThat(accepted.status()).isEqualTo(202);
				ids.add(accepted.submissionId());
			}
			// A node claims a batch and dies before it finishes any: its lease is left to run out.
			processor.claim();
			transactions.run(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql(
					"update form_submissions set locked_until = now() - interval '1 second' where form_id = ? and locked_until is not null")
				.param(form).update());
		}
		finally {
			processor.pause(false);
		}
		// Two nodes drain at once after the restart.
		CompletableFuture.allOf(CompletableFuture.runAsync(processor::drain), CompletableFuture.runAsync(processor::drain))
			.join();
		await().atMost(Duration.ofSeconds(30)).until(() -> count(
				"select count(*) from form_submissions where form_id = ? and status = 'processed'", form) == 15);
		assertThat(count("""
				select count(*) from interactions i join form_submissions s on i.payload ->> 'submissionId' = s.id::text
				where s.form_id = ?""", form)).as("one timeline entry per submission").isEqualTo(15);
		assertThat(count("select count(*) from contacts where organization_id = ? and email like ?", organization,
				"queue-%-" + form + "@example.com")).isEqualTo(15);
		assertThat(count("select count(*) from form_submissions where form_id = ? and attempts = 2", form))
			.as("the dead node's batch was taken over").isGreaterThan(0);
	}

	@Test
	void whileSubmissionsArriveTheProcessorWorksOneAtATimeAndStillProcessesEachExactlyOnce() throws Exception {
		UUID form = publishedForm(quickSettings());
		pace.holdYielding(true);
		try {
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				PublicForms.Answer accepted = visitor.postJson(form, Map.of("email", "pace-" + i + "-" + form
						+ "@example.com", "name", "P" + i), Map.of("Idempotency-Key", "pace-" + i));
				assertThat(accepted.status()).isEqualTo(202);
				ids.add(accepted.submissionId());
			}
			// Resends while the processor works through the first ones: the same submissions, not new ones.
			for (int i = 0; i < 3; i++) {
				PublicForms.Answer again = visitor.postJson(form, Map.of("email", "pace-" + i + "-" + form
						+ "@example.com", "name", "P" + i), Map.of("Idempotency-Key", "pace-" + i));
				assertThat(again.submissionId()).isEqualTo(ids.get(i));
			}
			processor.drain();
			await().atMost(Duration.ofSeconds(30)).until(() -> count(
					"select count(*) from form_submissions where form_id = ? and status = 'processed'", form) == 12);
			assertThat(pace.mostAtOnceWhileYielding()).as("one submission at a time while yielding").isEqualTo(1);
		}
		finally {
			pace.holdYielding(false);
		}
		assertThat(count("select count(*) from form_submissions where form_id = ?", form)).isEqualTo(12);
		assertThat(count("""
				select count(*) from interactions i join form_submissions s on i.payload ->> 'submissionId' = s.id::text
				where s.form_id = ?""", form)).as("one timeline entry per submission").isEqualTo(12);
		assertThat(count("select count(*) from contacts where organization_id = ? and email like ?", organization,
				"pace-%-" + form + "@example.com")).as("one contact per person").isEqualTo(12);
	}
}
