package com.growthhub.messaging.internal.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Addresses an organization no longer emails: they bounced for good or their owner marked a message as spam (or an
 * admin blocked them). Sign-in, sign-up and password mail still goes out; an admin may remove an entry.
 */
@Component
public class Suppressions {

	public enum Reason {
		BOUNCED, COMPLAINED, MANUAL
	}

	public record Suppression(UUID id, String address, Reason reason, @Nullable String detail,
			@Nullable UUID messageId, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final TenantTransactions transactions;

	Suppressions(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Within the caller's transaction (the outbox's): whether mail to {@code address} is blocked. */
	public boolean isSuppressed(OrganizationId organization, String address) {
		return jdbc.sql("select exists (select 1 from email_suppressions where organization_id = ? and address = ?)")
			.params(organization.value(), address.strip())
			.query(Boolean.class)
			.single();
	}

	/** Within the caller's transaction; an address already blocked stays blocked for its first reason. */
	void suppress(OrganizationId organization, String address, Reason reason, @Nullable String detail,
			@Nullable UUID messageId) {
		jdbc.sql("""
				insert into email_suppressions (id, organization_id, address, reason, detail, message_id)
				values (?, ?, ?, ?, ?, ?) on conflict (organization_id, address) do nothing
				""")
			.params(Ids.next(), organization.value(), address.strip().toLowerCase(Locale.ROOT), reason.name(), detail,
					messageId)
			.update();
	}

	public Suppression block(OrganizationId organization, Actor actor, String address) {
		String normalized = address.strip().toLowerCase(Locale.ROOT);
		return transactions.call(organization, actor, () -> {
			suppress(organization, normalized, Reason.MANUAL, null, null);
			return jdbc.sql("select " + COLUMNS + " from email_suppressions where organization_id = ? and address = ?")
				.params(organization.value(), normalized)
				.query(Suppression.class)
				.single();
		});
	}

	public List<Suppression> list(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> jdbc.sql("select " + COLUMNS + """
				 from email_suppressions where organization_id = ? order by created_at desc, id desc
				""").param(organization.value()).query(Suppression.class).list());
	}

	public Suppression remove(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> {
			Suppression found = jdbc.sql("select " + COLUMNS + " from email_suppressions where organization_id = ? and id = ?")
				.params(organization.value(), id)
				.query(Suppression.class)
				.optional()
				.orElseThrow(() -> NotFoundException.of("Blocked address"));
			jdbc.sql("delete from email_suppressions where id = ?").param(id).update();
			return found;
		});
	}

	private static final String COLUMNS = "id, address, reason, detail, message_id, created_at";
}
