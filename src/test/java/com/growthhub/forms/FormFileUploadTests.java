package com.growthhub.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;

/**
 * File fields: a file sent with a submission is kept in the file store, typed from its bytes, limited in size, named in
 * the answers and on the timeline, and downloadable by the form's team only; every wrong way of sending one is a clear
 * 4xx that keeps no file behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormFileUploadTests extends IdentityTestSupport {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0,
			1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

	String owner;
	UUID organization;
	UUID form;
	PublicForms visitor;

	@BeforeAll
	void formWithAFileField() {
		String email = uniqueEmail("files-owner");
		registerVerified(email);
		owner = accessToken(email);
		organization = UUID.fromString(api().get("/api/v1/organization", owner).text("id"));
		visitor = new PublicForms(port);
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("proofOfWork", false);
		settings.put("minFillSeconds", 0);
		Map<String, Object> definition = Map.of("fields", List.of(
				Map.of("key", "email", "type", "email", "label", "Email", "required", true, "mapsTo", "email"),
				Map.of("key", "wants_review", "type", "checkbox", "label", "Review my CV"),
				Map.of("key", "cv", "type", "file", "label", "CV (PDF)", "upload", Map.of("types", List.of("application/pdf"),
						"maxMb", 1), "showWhen", Map.of("rules", List.of(Map.of("field", "wants_review", "operator",
								"is_filled"))))),
				"steps", List.of(Map.of("title", "Apply")), "settings", settings);
		ApiClient.Response created = api().post("/api/v1/forms", Map.of("name", "Apply", "definition", definition), owner);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		form = UUID.fromString(created.text("id"));
		assertThat(api().post("/api/v1/forms/" + form + "/publish", null, owner).status()).isEqualTo(200);
	}

	@Test
	void aFileIsKeptNamedOnTheTimelineAndDownloadableByTheTeamOnly() throws Exception {
		String email = uniqueEmail("applicant");
		PublicForms.Answer accepted = visitor.postMultipart(form, Map.of("email", email, "wants_review", "on"),
				List.of(new PublicForms.FilePart("cv", "../../home/ada/ada-cv.pdf", "application/octet-stream", PDF)), Map.of());
		assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);

		JsonNode submission = await().atMost(Duration.ofSeconds(20)).until(() -> submission(accepted.submissionId()),
				s -> s.path("status").asString().equals("processed"));
		assertThat(submission.path("answers").path("cv").get(0).asString()).isEqualTo("ada-cv.pdf");
		JsonNode file = submission.path("files").get(0);
		assertThat(file.path("field").asString()).isEqualTo("cv");
		assertThat(file.path("contentType").asString()).isEqualTo("application/pdf");
		assertThat(file.path("sizeBytes").asLong()).isEqualTo(PDF.length);
		assertThat(count("select count(*) from interactions where contact_id = ?::uuid and type = 'form_submission' "
				+ "and payload::text like '%ada-cv.pdf%'", submission.path("contactId").asString())).isEqualTo(1);

		String path = "/api/v1/forms/submissions/" + accepted.submissionId() + "/files/" + file.path("fileId").asString();
		HttpResponse<byte[]> download = download(path, owner);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");

		String stranger = uniqueEmail("files-stranger");
		registerVerified(stranger);
		assertThat(download(path, accessToken(stranger)).statusCode()).isEqualTo(404);
		assertThat(download("/api/v1/forms/submissions/" + accepted.submissionId() + "/files/" + UUID.randomUUID(), owner)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aFileOfAnotherTypeThanTheFieldTakesIsRefusedAndNothingIsKept() throws Exception {
		long before = filesKept();
		PublicForms.Answer refused = visitor.postMultipart(form, Map.of("email", uniqueEmail("png"), "wants_review", "on"),
				List.of(new PublicForms.FilePart("cv", "cv.pdf", "application/pdf", PNG)), Map.of());
		assertThat(refused.status()).isEqualTo(415);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(filesKept()).isEqualTo(before);
	}

	@Test
	void aFileOverTheFieldsLimitIsRefused() throws Exception {
		byte[] big = Arrays.copyOf(PDF, 1024 * 1024 + 10);
		long before = filesKept();
		PublicForms.Answer refused = visitor.postMultipart(form, Map.of("email", uniqueEmail("big"), "wants_review", "on"),
				List.of(new PublicForms.FilePart("cv", "cv.pdf", "application/pdf", big)), Map.of());
		assertThat(refused.status()).isEqualTo(413);
		assertThat(filesKept()).isEqualTo(before);
	}

	@Test
	void aFileFieldAnsweredWithTextOrHiddenByItsConditionOrUnknownIsAClearProblem() throws Exception {
		PublicForms.Answer text = visitor.postJson(form, Map.of("email", uniqueEmail("text"), "wants_review", "on",
				"cv", "my-cv.pdf"), Map.of());
		assertThat(text.status()).isEqualTo(422);
		assertThat(text.body().toString()).contains("cv").contains("multipart/form-data");

		long before = filesKept();
		PublicForms.Answer hidden = visitor.postMultipart(form, Map.of("email", uniqueEmail("hidden")),
				List.of(new PublicForms.FilePart("cv", "cv.pdf", "application/pdf", PDF)), Map.of());
		assertThat(hidden.status()).isEqualTo(422);
		assertThat(hidden.body().toString()).contains("hidden by its condition");

		PublicForms.Answer unknown = visitor.postMultipart(form, Map.of("email", uniqueEmail("unknown")),
				List.of(new PublicForms.FilePart("email", "cv.pdf", "application/pdf", PDF)), Map.of());
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.body().toString()).contains("is not a file field");
		assertThat(filesKept()).isEqualTo(before);
	}

	@Test
	void aResentSubmissionWithItsFileIsTheSameSubmissionAndKeepsOneFile() throws Exception {
		Map<String, String> answers = Map.of("email", uniqueEmail("resend"), "wants_review", "on");
		List<PublicForms.FilePart> cv = List.of(new PublicForms.FilePart("cv", "cv.pdf", "application/pdf", PDF));
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
		long before = filesKept();
		PublicForms.Answer first = visitor.postMultipart(form, answers, cv, key);
		PublicForms.Answer second = visitor.postMultipart(form, answers, cv, key);
		assertThat(first.status()).isEqualTo(202);
		assertThat(second.status()).isEqualTo(202);
		assertThat(second.submissionId()).isEqualTo(first.submissionId());
		assertThat(filesKept()).isEqualTo(before + 1);

		byte[] other = Arrays.copyOf(PDF, PDF.length + 1);
		PublicForms.Answer changed = visitor.postMultipart(form, answers,
				List.of(new PublicForms.FilePart("cv", "cv.pdf", "application/pdf", other)), key);
		assertThat(changed.status()).isEqualTo(409);
		assertThat(filesKept()).isEqualTo(before + 1);
	}

	JsonNode submission(String id) {
		for (JsonNode item : api().get("/api/v1/forms/" + form + "/submissions", owner).body().path("items")) {
			if (item.path("id").asString().equals(id)) {
				return item;
			}
		}
		throw new AssertionError("no submission " + id);
	}

	long filesKept() {
		return count("select count(*) from stored_files where organization_id = ? and purpose = 'form-upload'", organization);
	}

	long count(String sql, Object... params) {
		return transactions.call(TenantScope.system(new Actor.Job("test")),
				() -> jdbc.sql(sql).params(params).query(Long.class).single());
	}

	HttpResponse<byte[]> download(String path, String token) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
	}
}
