package com.growthhub.forms.internal;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.files.FileId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A form's submissions for people: listed, searched, filtered by status, released from quarantine. */
@Service
public class FormSubmissions {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, List<String>>> ANSWERS = new TypeReference<>() {
	};

	private static final TypeReference<List<SubmissionFile>> FILES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final SubmissionRepository repository;
	private final Forms forms;
	private final SubmissionProcessor processor;

	FormSubmissions(JdbcClient jdbc, TenantTransactions transactions, SubmissionRepository repository, Forms forms,
			SubmissionProcessor processor) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.repository = repository;
		this.forms = forms;
		this.processor = processor;
	}

	public record Page(List<SubmissionView> items, @Nullable String nextCursor) {
	}

	/** Newest first; {@code q} searches the answers' text. */
	public Page list(OrganizationId organization, Actor actor, UUID formId, SubmissionView.@Nullable Status status,
			@Nullable String q, @Nullable PageCursor cursor, int limit) {
		int size = Math.clamp(limit, 1, 1000);
		forms.get(organization, actor, formId);
		List<SubmissionView> rows = transactions.call(organization, actor, () -> jdbc.sql("""
				select id, form_id, form_version, status, answers::text as answers, files::text as files, spam_reasons, attempts, last_error,
				  contact_id, deal_id, classification, received_at, processed_at
				from form_submissions
				where organization_id = ? and form_id = ? and (?::text is null or status = ?)
				  and (?::text is null or answers::text ilike '%' || ? || '%')
				  and (?::timestamptz is null or (received_at, id) < (?::timestamptz, ?::uuid))
				order by received_at desc, id desc limit ?
				""").params(organization.value(), formId, key(status), key(status), blank(q), blank(q), ts(cursor),
				ts(cursor), cursor == null ? null : cursor.id(), size + 1)
			.query((rs, n) -> new SubmissionView(rs.getObject("id", UUID.class), rs.getObject("form_id", UUID.class),
					rs.getInt("form_version"), SubmissionView.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
					JSON.readValue(rs.getString("answers"), ANSWERS), JSON.readValue(rs.getString("files"), FILES),
					Arrays.asList((String[]) rs.getArray("spam_reasons").getArray()), rs.getInt("attempts"),
					rs.getString("last_error"), rs.getObject("contact_id", UUID.class), rs.getObject("deal_id", UUID.class),
					rs.getString("classification"), rs.getTimestamp("received_at").toInstant(),
					rs.getTimestamp("processed_at") == null ? null : rs.getTimestamp("processed_at").toInstant()))
			.list());
		List<SubmissionView> items = rows.stream().limit(size).toList();
		String next = rows.size() > size ? new PageCursor(items.getLast().receivedAt(), items.getLast().id()).encode() : null;
		return new Page(items, next);
	}

	/**
	 * A file sent with a submission, for someone who may see the form's submissions; 404 when the submission is not
	 * this organization's or the file is not one of its files.
	 */
	public FileId file(OrganizationId organization, Actor actor, UUID submissionId, UUID fileId) {
		UUID formId = transactions.call(organization, actor, () -> jdbc.sql("""
				select form_id from form_submissions
				where organization_id = ? and id = ? and files @> jsonb_build_array(jsonb_build_object('fileId', ?::text))
				""").params(organization.value(), submissionId, fileId.toString()).query(UUID.class).optional())
			.orElseThrow(() -> NotFoundException.of("File"));
		forms.get(organization, actor, formId);
		return FileId.of(fileId);
	}

	/** Out of quarantine (or failed) into the queue: processed like any other, spam checks not repeated. */
	public void release(OrganizationId organization, Actor actor, UUID submissionId) {
		transactions.run(organization, actor, () -> {
			if (!repository.release(organization, submissionId, actor.userId())) {
				String status = repository.status(organization, submissionId)
					.orElseThrow(() -> NotFoundException.of("Submission"));
				throw FormInputException.field("status", "is " + status + ": only quarantined or failed submissions can be released");
			}
		});
		processor.nudge();
	}

	private static @Nullable String key(SubmissionView.@Nullable Status status) {
		return status == null ? null : status.name().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String blank(@Nullable String q) {
		return q == null || q.isBlank() ? null : q.strip();
	}

	private static @Nullable Timestamp ts(@Nullable PageCursor cursor) {
		return cursor == null ? null : Timestamp.from(cursor.instant());
	}
}
