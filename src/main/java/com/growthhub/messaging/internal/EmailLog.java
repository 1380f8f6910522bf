package com.growthhub.messaging.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.MailServer;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * Reads the outbox for people: the organization's messages plus the viewer's own (row-level
 * security allows no more), newest first, keyset-paged on (created_at, id). The viewer is the actor. Bodies carrying a
 * one-time code or link are shown in full only to their recipient, or to anyone while no mail
 * server exists, since then the log is the only way to read mail at all.
 */
@Component
public class EmailLog {

	private static final String COLUMNS = """
			id, organization_id, recipient_user_id, to_address, subject, template, status, attempts, last_error,
			created_at, sent_at, contact_id, tracked, transport, delivered_at, opened_at, clicked_at, open_count,
			click_count, status_changed_at
			""";

	private static final DataClassRowMapper<Entry> ENTRY = new DataClassRowMapper<>(Entry.class);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final MailServer mailServer;

	EmailLog(JdbcClient jdbc, TenantTransactions transactions, MailServer mailServer) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.mailServer = mailServer;
	}

	/** A message and what became of it: opens and clicks counted, with the first time of each. */
	public record Entry(UUID id, @Nullable UUID organizationId, @Nullable UUID recipientUserId, String toAddress,
			String subject, String template, EmailStatus status, int attempts, @Nullable String lastError,
			Instant createdAt, @Nullable Instant sentAt, @Nullable UUID contactId, boolean tracked,
			@Nullable String transport, @Nullable Instant deliveredAt, @Nullable Instant openedAt,
			@Nullable Instant clickedAt, int openCount, int clickCount, @Nullable Instant statusChangedAt) {
	}

	/** What the API's log may be narrowed to; each null means any. */
	public record Filter(@Nullable EmailStatus status, @Nullable String to, @Nullable UUID contactId) {

		static final Filter NONE = new Filter(null, null, null);
	}

	public record Page(List<Entry> items, @Nullable String nextCursor) {
	}

	/** @param masked whether the viewer sees the copy with secrets replaced */
	public record Message(Entry entry, String body, boolean masked) {
	}

	public Page find(OrganizationId organization, Actor viewer, @Nullable String cursor, int limit) {
		return find(organization, viewer, Filter.NONE, lenient(cursor), limit);
	}

	/** The log narrowed by {@code filter}; the cursor must be one this log issued (else 400, as the API does). */
	public Page find(OrganizationId organization, Actor viewer, Filter filter, @Nullable PageCursor after, int limit) {
		List<Entry> rows = transactions.call(organization, viewer, () -> jdbc.sql("select " + COLUMNS + """
				from email_messages
				where (organization_id = :org or recipient_user_id = :user)
				  and (cast(:status as text) is null or status = :status)
				  and (cast(:to as text) is null or lower(to_address) = lower(:to))
				  and (cast(:contact as uuid) is null or contact_id = :contact)
				  and (cast(:afterTime as timestamptz) is null or (created_at, id) < (:afterTime, :afterId))
				order by created_at desc, id desc limit :limit
				""")
			.param("org", organization.value())
			.param("user", viewer.userId())
			.param("status", filter.status() == null ? null : filter.status().name())
			.param("to", filter.to() == null ? null : filter.to().strip())
			.param("contact", filter.contactId())
			.param("afterTime", after == null ? null : java.sql.Timestamp.from(after.instant()))
			.param("afterId", after == null ? null : after.id())
			.param("limit", limit + 1)
			.query(Entry.class)
			.list());
		if (rows.size() <= limit) {
			return new Page(rows, null);
		}
		Entry last = rows.get(limit - 1);
		return new Page(rows.subList(0, limit), new PageCursor(last.createdAt(), last.id()).encode());
	}

	public Optional<Message> find(OrganizationId organization, Actor viewer, UUID id) {
		UUID person = viewer.userId();
		return transactions.call(organization, viewer, () -> jdbc.sql("select " + COLUMNS + """
				, body_html, masked_body_html from email_messages
				where id = :id and (organization_id = :org or recipient_user_id = :user)
				""")
			.param("id", id)
			.param("org", organization.value())
			.param("user", person)
			.query((rs, n) -> {
				Entry entry = ENTRY.mapRow(rs, n);
				boolean full = (person != null && person.equals(entry.recipientUserId())) || !mailServer.isConfigured();
				return new Message(entry, rs.getString(full ? "body_html" : "masked_body_html"), !full);
			})
			.optional());
	}

	/** A message of the whole installation with its full body, for the machine-local mailbox. */
	public record Delivered(UUID id, String toAddress, String subject, String template, Instant createdAt,
			String bodyHtml) {
	}

	public List<Delivered> newestOfInstallation(int limit) {
		return transactions.call(TenantScope.system(new Actor.Job("local-mailbox")), () -> jdbc.sql("""
				select id, to_address, subject, template, created_at, body_html from email_messages
				order by created_at desc, id desc limit ?
				""").param(limit).query(Delivered.class).list());
	}

	/** A cursor we did not issue just starts from the newest message. */
	private static @Nullable PageCursor lenient(@Nullable String text) {
		try {
			PageCursor cursor = PageCursor.parse(text);
			if (cursor != null) {
				cursor.instant();
			}
			return cursor;
		}
		catch (PageCursor.InvalidCursorException ex) {
			return null;
		}
	}
}
