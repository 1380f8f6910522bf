package com.growthhub.forms.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;

import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts a public submission: everything is checked in memory against the live version (answers, proof of work, rate
 * limits, spam signs), then one insert queues it (committed together with the others arriving at the same time), and
 * the processor is nudged. A resend with the same idempotency key and the same answers answers the first submission's
 * id; with other answers, 409.
 */
@Service
public class SubmissionIntake {

	/** Form fields with these names are the page's machinery, not answers. */
	public static final String HONEYPOT = "_hp";
	public static final String RENDERED = "_ts";
	public static final String POW = "_pow";
	public static final String IDEMPOTENCY_KEY = "_idempotency_key";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LiveForms live;
	private final SubmissionQueueWriter writer;
	private final ProofOfWork proofOfWork;
	private final RenderStamp stamps;
	private final SubmissionLimits limits;
	private final SubmissionProcessor processor;
	private final SubmissionUploads uploads;
	private final ProcessorPace pace;

	SubmissionIntake(LiveForms live, SubmissionQueueWriter writer, ProofOfWork proofOfWork, RenderStamp stamps,
			SubmissionLimits limits, SubmissionProcessor processor, SubmissionUploads uploads, ProcessorPace pace) {
		this.pace = pace;
		this.uploads = uploads;
		this.live = live;
		this.writer = writer;
		this.proofOfWork = proofOfWork;
		this.stamps = stamps;
		this.limits = limits;
		this.processor = processor;
	}

	/** What came with the answers: the sender's address (rate limits only, not stored) and what the page reports. */
	public record Sender(String address, @Nullable String userAgent, @Nullable String origin,
			@Nullable String idempotencyKey) {
	}

	/** @param duplicate whether this was a resend of a submission already accepted */
	public record Receipt(UUID submissionId, boolean duplicate, LiveForm form) {
	}

	public LiveForm live(UUID formId) {
		return live.find(formId).orElseThrow(() -> NotFoundException.of("Form"));
	}

	public Receipt accept(UUID formId, Map<String, List<String>> received, Sender sender) {
		return accept(formId, received, List.of(), sender);
	}

	/**
	 * With files (a multipart submission): they are checked like answers first and streamed into the file store only
	 * once everything else passed; a refused or repeated submission keeps none of them.
	 */
	public Receipt accept(UUID formId, Map<String, List<String>> received, List<Upload> files, Sender sender) {
		LiveForm form = live(formId);
		limits.take(formId, sender.address());
		Map<String, List<String>> answers = new LinkedHashMap<>(received);
		String honeypot = single(answers.remove(HONEYPOT));
		String rendered = single(answers.remove(RENDERED));
		String pow = single(answers.remove(POW));
		String key = sender.idempotencyKey() != null ? sender.idempotencyKey() : single(answers.remove(IDEMPOTENCY_KEY));
		answers.remove(IDEMPOTENCY_KEY);
		if (key != null && (key.isBlank() || key.length() > 200)) {
			throw FormInputException.field("Idempotency-Key", "must be 1 to 200 characters");
		}
		ProofOfWork.Solution solution = null;
		if (form.definition().settings().requiresProofOfWork()) {
			if (pow == null || pow.isBlank()) {
				throw SubmissionRefusedException.proofOfWorkMissing();
			}
			solution = proofOfWork.verify(formId, pow);
		}
		Map<String, List<String>> accepted = AnswerCheck.check(form.definition(),
				SubmissionUploads.withNames(form.definition(), answers, files));
		List<String> spam = spamSigns(form, honeypot, rendered, solution);
		String answersJson = JSON.writeValueAsString(accepted);
		List<SubmissionFile> stored = uploads.store(form.organization(), form.definition(), accepted, files);
		String hash = sha256(answersJson + stored.stream().map(SubmissionFile::sha256).toList());
		UUID id = Ids.next();
		SubmissionRepository.NewSubmission submission = new SubmissionRepository.NewSubmission(id, form.organization(),
				formId, form.version(), spam.isEmpty() ? "queued" : "quarantined", answersJson,
				JSON.writeValueAsString(stored), context(sender), key, hash, solution == null ? null : solution.challenge(),
				spam);
		Receipt receipt;
		try {
			receipt = insert(form, submission, key, hash);
		}
		catch (RuntimeException ex) {
			uploads.discard(form.organization(), stored);
			throw ex;
		}
		if (receipt.duplicate()) {
			uploads.discard(form.organization(), stored);
		}
		if (spam.isEmpty()) {
			pace.arrived();
			processor.nudge();
		}
		return receipt;
	}

	/** Queued by the group commit ({@link SubmissionQueueWriter}); answered once the row is committed. */
	private Receipt insert(LiveForm form, SubmissionRepository.NewSubmission submission, @Nullable String key,
			String hash) {
		SubmissionQueueWriter.Written written = writer.write(submission);
		if (written.inserted()) {
			return new Receipt(submission.id(), false, form);
		}
		if (written.existing().isEmpty()) {
			throw SubmissionRefusedException.proofOfWorkReused();
		}
		if (!written.existing().get().payloadHash().equals(hash)) {
			throw SubmissionRefusedException.idempotencyKeyReused();
		}
		return new Receipt(written.existing().get().id(), true, form);
	}

	private List<String> spamSigns(LiveForm form, @Nullable String honeypot, @Nullable String rendered,
			ProofOfWork.@Nullable Solution solution) {
		List<String> signs = new ArrayList<>();
		if (honeypot != null && !honeypot.isBlank()) {
			signs.add("honeypot");
		}
		int minimum = form.definition().settings().minimumFillSeconds();
		Instant start = rendered == null ? null : stamps.verify(form.formId(), rendered).orElse(null);
		if (rendered != null && start == null) {
			signs.add("forged_render_time");
		}
		if (start == null && solution != null) {
			start = solution.issuedAt();
		}
		if (start != null && minimum > 0 && Duration.between(start, stamps.now()).toMillis() < minimum * 1000L) {
			signs.add("too_fast");
		}
		return signs;
	}

	private static String context(Sender sender) {
		Map<String, String> context = new LinkedHashMap<>();
		if (sender.userAgent() != null) {
			context.put("userAgent", clip(sender.userAgent(), 300));
		}
		if (sender.origin() != null) {
			context.put("origin", clip(sender.origin(), 300));
		}
		return JSON.writeValueAsString(context);
	}

	private static String clip(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	private static @Nullable String single(@Nullable List<String> values) {
		return values == null || values.isEmpty() ? null : values.getFirst();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
