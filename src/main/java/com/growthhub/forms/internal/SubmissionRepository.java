package com.growthhub.forms.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.OrganizationId;

/** The submission queue and record. */
@Repository
class SubmissionRepository {

	private final JdbcClient jdbc;

	SubmissionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewSubmission(UUID id, OrganizationId organization, UUID formId, int version, String status, String answers,
			String files, String context, @Nullable String idempotencyKey, String payloadHash, @Nullable String powChallenge,
			List<String> spamReasons) {
	}

	record Existing(UUID id, String payloadHash) {
	}

	/** @param released whether a person released it from quarantine: spam checks are not repeated */
	record Claimed(UUID id, UUID organizationId, UUID formId, int formVersion, String answers, String context,
			int attempts, Instant receivedAt, boolean released) {
	}

	/** The one statement of an acceptance; false when a unique key (idempotency key, spent proof of work) clashed. */
	boolean insert(NewSubmission s) {
		return jdbc.sql("""
				insert into form_submissions (id, organization_id, form_id, form_version, status, answers, files,
				  context, idempotency_key, payload_hash, pow_challenge, spam_reasons, next_attempt_at)
				values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, case when ? = 'queued' then now() end)
				on conflict do nothing
				""").params(s.id(), s.organization().value(), s.formId(), s.version(), s.status(), s.answers(), s.files(), s.context(),
				s.idempotencyKey(), s.payloadHash(), s.powChallenge(), s.spamReasons().toArray(String[]::new), s.status())
			.update() == 1;
	}

	/**
	 * Several acceptances in one statement (the intake's group commit); answers the ids inserted, the others clashed
	 * with a unique key as in {@link #insert}. Two rows of one statement with the same key: the first is inserted.
	 */
	Set<UUID> insertAll(List<NewSubmission> submissions) {
		StringBuilder sql = new StringBuilder("""
				insert into form_submissions (id, organization_id, form_id, form_version, status, answers, files,
				  context, idempotency_key, payload_hash, pow_challenge, spam_reasons, next_attempt_at)
				values """);
		List<Object> params = new ArrayList<>(submissions.size() * 13);
		for (NewSubmission s : submissions) {
			sql.append(params.isEmpty() ? "" : ", ")
				.append("(?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, case when ? = 'queued' then now() end)");
			params.addAll(Arrays.asList(s.id(), s.organization().value(), s.formId(), s.version(), s.status(), s.answers(),
					s.files(), s.context(), s.idempotencyKey(), s.payloadHash(), s.powChallenge(),
					s.spamReasons().toArray(String[]::new), s.status()));
		}
		sql.append(" on conflict do nothing returning id");
		return new HashSet<>(jdbc.sql(sql.toString()).params(params).query(UUID.class).list());
	}

	Optional<Existing> byIdempotencyKey(UUID formId, String key) {
		return jdbc.sql("select id, payload_hash from form_submissions where form_id = ? and idempotency_key = ?")
			.params(formId, key).query(Existing.class).optional();
	}

	/** Claims due submissions across organizations for {@code lease}; needs a system-scope transaction. */
	List<Claimed> claim(int limit, Duration lease) {
		return jdbc.sql("""
				update form_submissions s set locked_until = now() + make_interval(secs => ?), attempts = s.attempts + 1
				from (select id from form_submissions
				      where status = 'queued' and next_attempt_at <= now() and (locked_until is null or locked_until < now())
				      order by next_attempt_at limit ? for update skip locked) due
				where s.id = due.id
				returning s.id, s.organization_id, s.form_id, s.form_version, s.answers::text as answers,
				  s.context::text as context, s.attempts, s.received_at, s.released_at is not null as released
				""").params(lease.toSeconds(), limit).query(Claimed.class).list();
	}

	/**
	 * Marks the claimed submission processed, in the organization's transaction that did the work; false when it was
	 * no longer ours (its lease ran out and another node took it), and then the work rolls back.
	 */
	boolean processed(UUID id, int attempt, @Nullable UUID contactId, @Nullable UUID dealId,
			@Nullable String classification, @Nullable Double confidence, @Nullable String classifiedBy,
			@Nullable String redactedAnswers) {
		return jdbc.sql("""
				update form_submissions set status = 'processed', processed_at = now(), locked_until = null,
				  next_attempt_at = null, contact_id = ?, deal_id = ?, classification = ?, classification_confidence = ?,
				  classified_by = ?, classified_at = case when ?::text is null then null else now() end, last_error = null,
				  answers = coalesce(?::jsonb, answers)
				where id = ? and status = 'queued' and attempts = ?
				""").params(contactId, dealId, classification, confidence, classifiedBy, classifiedBy, redactedAnswers, id,
					attempt)
			.update() == 1;
	}

	void retryAt(UUID id, Instant next, String error) {
		jdbc.sql("""
				update form_submissions set locked_until = null, next_attempt_at = ?, last_error = left(?, 500)
				where id = ? and status = 'queued'
				""").params(Timestamp.from(next), error, id).update();
	}

	void failed(UUID id, String error) {
		jdbc.sql("""
				update form_submissions set status = 'failed', locked_until = null, next_attempt_at = null,
				  last_error = left(?, 500) where id = ? and status = 'queued'
				""").params(error, id).update();
	}

	/** Quarantined by the processor (the classifier said spam): kept, listed and releasable. */
	boolean quarantine(UUID id, int attempt, String reason, String classification, double confidence,
			String classifiedBy) {
		return jdbc.sql("""
				update form_submissions set status = 'quarantined', locked_until = null, next_attempt_at = null,
				  spam_reasons = array_append(spam_reasons, ?), classification = ?, classification_confidence = ?,
				  classified_by = ?, classified_at = now()
				where id = ? and status = 'queued' and attempts = ?
				""").params(reason, classification, confidence, classifiedBy, id, attempt).update() == 1;
	}

	/** Out of quarantine (or failed) into the queue again, as a person decided. */
	boolean release(OrganizationId organization, UUID id, @Nullable UUID releasedBy) {
		return jdbc.sql("""
				update form_submissions set status = 'queued', next_attempt_at = now(), locked_until = null, attempts = 0,
				  released_by = ?, released_at = now()
				where organization_id = ? and id = ? and status in ('quarantined', 'failed')
				""").params(releasedBy, organization.value(), id).update() == 1;
	}

	Optional<String> formName(OrganizationId organization, UUID formId) {
		return jdbc.sql("select name from forms where organization_id = ? and id = ?")
			.params(organization.value(), formId).query(String.class).optional();
	}

	Optional<String> status(OrganizationId organization, UUID id) {
		return jdbc.sql("select status from form_submissions where organization_id = ? and id = ?")
			.params(organization.value(), id).query(String.class).optional();
	}
}
