package com.growthhub.forms.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.forms.internal.FieldType;
import com.growthhub.forms.internal.FormInputException;
import com.growthhub.forms.internal.FormSettingsProperties;
import com.growthhub.forms.internal.ProofOfWork;
import com.growthhub.forms.internal.SubmissionIntake;
import com.growthhub.forms.internal.Upload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public side of a published form, outside {@code /api/v1}: no session, no CSRF token, CORS only for the form's
 * listed domains ({@link PublicFormCors}). A submission is answered 202 once it is in the durable queue.
 */
@RestController
@Tag(name = "Public forms", description = "Endpoints a published form's page, embed or a site's own HTML form call. "
		+ "No authentication; CORS allows only the domains the form lists.")
class PublicFormApiController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SubmissionIntake intake;
	private final ProofOfWork proofOfWork;
	private final FormSettingsProperties settings;
	private final ProblemsPage problemsPage;

	PublicFormApiController(SubmissionIntake intake, ProofOfWork proofOfWork, FormSettingsProperties settings,
			ProblemsPage problemsPage) {
		this.problemsPage = problemsPage;
		this.intake = intake;
		this.proofOfWork = proofOfWork;
		this.settings = settings;
	}

	record Accepted(UUID submissionId) {
	}

	@GetMapping("/f/{formId}/challenge")
	@Operation(summary = "A proof-of-work challenge (ALTCHA): find number ≤ maxnumber with SHA-256(salt + number) = "
			+ "challenge, then send base64 JSON {algorithm, challenge, number, salt, signature} as _pow")
	ResponseEntity<ProofOfWork.Challenge> challenge(@PathVariable UUID formId) {
		intake.live(formId);
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(proofOfWork.issue(formId));
	}

	@PostMapping(path = "/f/{formId}/submissions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Submits answers as JSON {fieldKey: value or [values], _pow, _ts, _hp}; 202 {submissionId} "
			+ "once queued. Idempotency-Key (or _idempotency_key) makes a resend the same submission; 409 when reused with "
			+ "other answers. 422 for wrong answers (also an answer to a field its condition hides) or a bad proof of "
			+ "work; 413 over the size limit; 429 over the rate limits")
	ResponseEntity<Accepted> submitJson(@PathVariable UUID formId, HttpServletRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) throws IOException {
		return accepted(intake.accept(formId, answers(readJson(request)), sender(request, idempotencyKey)));
	}

	@PostMapping(path = "/f/{formId}/submissions", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Operation(summary = "Submits answers form-encoded: 202 {submissionId} for a program; a browser's plain HTML form "
			+ "(Accept: text/html) is redirected (303) to the thank-you page or the form's redirect URL, or shown its "
			+ "mistakes (422, HTML)")
	ResponseEntity<?> submitForm(@PathVariable UUID formId, HttpServletRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@RequestHeader(name = "Accept", required = false) @Nullable String accept) {
		PublicFormCors.checkLength(request, settings.maxBodyBytes());
		if (accept == null || !accept.contains("text/html")) {
			return accepted(intake.accept(formId, formAnswers(request), sender(request, idempotencyKey)));
		}
		try {
			return thanks(formId, intake.accept(formId, formAnswers(request), sender(request, idempotencyKey)));
		}
		catch (FormInputException ex) {
			return problemsPage.render(intake.live(formId), ex);
		}
	}

	@PostMapping(path = "/f/{formId}/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Submits answers with files as multipart/form-data (the only way to answer a file field): "
			+ "one part per answer, a file part named after its field. Types are decided from the bytes (415 for a type "
			+ "the field does not take), sizes limited per field (413). Answers as for form-encoded")
	ResponseEntity<?> submitMultipart(@PathVariable UUID formId, HttpServletRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@RequestHeader(name = "Accept", required = false) @Nullable String accept) throws IOException, ServletException {
		// Refused before the parts are read: the body may be the answers plus each file field's limit, no more.
		PublicFormCors.checkLength(request, settings.maxBodyBytes() + intake.live(formId).definition().fields().stream()
			.filter(field -> field.type() == FieldType.FILE).mapToLong(field -> field.fileUpload().maxMb() * 1024L * 1024L).sum());
		List<Upload> uploads = uploads(request);
		if (accept == null || !accept.contains("text/html")) {
			return accepted(intake.accept(formId, formAnswers(request), uploads, sender(request, idempotencyKey)));
		}
		try {
			return thanks(formId, intake.accept(formId, formAnswers(request), uploads, sender(request, idempotencyKey)));
		}
		catch (FormInputException ex) {
			return problemsPage.render(intake.live(formId), ex);
		}
	}

	/** The parts that carry a file; an empty file input sends a part with no name and no bytes, which is no answer. */
	private static List<Upload> uploads(HttpServletRequest request) throws IOException, ServletException {
		List<Upload> uploads = new ArrayList<>();
		for (Part part : request.getParts()) {
			String name = part.getSubmittedFileName();
			if (name != null && !(name.isEmpty() && part.getSize() == 0)) {
				uploads.add(new Upload(part.getName(), name, part::getInputStream));
			}
		}
		return uploads;
	}

	private static ResponseEntity<?> thanks(UUID formId, SubmissionIntake.Receipt receipt) {
		String redirect = receipt.form().definition().settings().redirectUrl();
		return ResponseEntity.status(303).location(java.net.URI.create(redirect != null && !redirect.isBlank()
				? redirect : "/f/" + formId + "/thanks")).build();
	}

	static ResponseEntity<Accepted> accepted(SubmissionIntake.Receipt receipt) {
		return ResponseEntity.accepted().body(new Accepted(receipt.submissionId()));
	}

	static Map<String, List<String>> formAnswers(HttpServletRequest request) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		request.getParameterMap().forEach((key, values) -> answers.put(key, List.of(values)));
		return answers;
	}

	static SubmissionIntake.Sender sender(HttpServletRequest request, @Nullable String idempotencyKey) {
		return new SubmissionIntake.Sender(request.getRemoteAddr(), request.getHeader("User-Agent"),
				request.getHeader("Origin"), idempotencyKey);
	}

	private JsonNode readJson(HttpServletRequest request) throws IOException {
		PublicFormCors.checkLength(request, settings.maxBodyBytes());
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(settings.maxBodyBytes() + 1);
			if (body.length > settings.maxBodyBytes()) {
				throw PublicFormCors.tooLarge(settings.maxBodyBytes());
			}
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw FormInputException.field("body", "is not valid JSON");
		}
	}

	private static Map<String, List<String>> answers(JsonNode body) {
		if (!body.isObject()) {
			throw FormInputException.field("body", "must be a JSON object of field keys to answers");
		}
		Map<String, List<String>> answers = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : body.properties()) {
			JsonNode value = entry.getValue();
			List<String> values = new ArrayList<>();
			if (value.isArray()) {
				value.forEach(item -> values.add(scalar(entry.getKey(), item)));
			}
			else if (!value.isNull()) {
				values.add(scalar(entry.getKey(), value));
			}
			answers.put(entry.getKey(), values);
		}
		return answers;
	}

	private static String scalar(String key, JsonNode value) {
		if (value.isString()) {
			return value.asString();
		}
		if (value.isNumber() || value.isBoolean()) {
			return value.asString();
		}
		throw FormInputException.field(key, "must be a text, a number, a boolean or a list of them");
	}
}
