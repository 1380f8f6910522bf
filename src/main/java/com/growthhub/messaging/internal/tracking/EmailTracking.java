package com.growthhub.messaging.internal.tracking;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.internal.EmailStatus;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Records what happened to a sent message — delivered, opened, clicked, bounced, complained — from GrowthHub's own
 * pixel and click links or from Mailgun's reports. Counts always grow; the status only moves forward
 * ({@link EmailStatus#after}); a hard bounce or a complaint blocks the address for the message's organization.
 */
@Component
public class EmailTracking {

	private final JdbcClient jdbc;

	private final TenantTransactions transactions;

	private final Suppressions suppressions;

	private final EmailStatusEvents statusEvents;

	EmailTracking(JdbcClient jdbc, TenantTransactions transactions, Suppressions suppressions,
			EmailStatusEvents statusEvents) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.suppressions = suppressions;
		this.statusEvents = statusEvents;
	}

	private record Tracked(UUID id, @Nullable UUID organizationId, String toAddress, String template, EmailStatus status,
			List<String> links) {
	}

	/** An open; false when there is no such message. */
	public boolean opened(UUID messageId) {
		return report(messageId, EmailStatus.OPENED, null, null).isPresent();
	}

	/** A click on the message's link number {@code link}: the link's address, when the message had that link. */
	public Optional<String> clicked(UUID messageId, int link) {
		return transactions.call(scope(), () -> find(messageId).filter(message -> link < message.links().size())
			.map(message -> {
				apply(message, EmailStatus.CLICKED, null);
				return message.links().get(link);
			}));
	}

	/**
	 * A provider's report about a message.
	 *
	 * @param permanent for a failure: whether it was a hard bounce (the address is blocked) rather than a temporary one
	 * @return the message's organization, empty when the message is unknown
	 */
	public Optional<UUID> report(UUID messageId, EmailStatus reported, @Nullable String detail,
			@Nullable Boolean permanent) {
		return transactions.call(scope(), () -> find(messageId).map(message -> {
			if (reported == EmailStatus.BOUNCED && !Boolean.TRUE.equals(permanent)) {
				// A temporary failure: the provider retries by itself; keep the reason for people to see.
				jdbc.sql("update email_messages set last_error = ? where id = ?").params(detail, message.id()).update();
				return message.organizationId();
			}
			apply(message, reported, detail);
			if ((reported == EmailStatus.BOUNCED || reported == EmailStatus.COMPLAINED) && message.organizationId() != null) {
				suppressions.suppress(OrganizationId.of(message.organizationId()), message.toAddress(),
						reported == EmailStatus.BOUNCED ? Suppressions.Reason.BOUNCED : Suppressions.Reason.COMPLAINED,
						detail, message.id());
			}
			return message.organizationId();
		}));
	}

	/** The message a provider's id names, for reports that carry no GrowthHub id. */
	public Optional<UUID> byProviderId(String providerMessageId) {
		String bare = providerMessageId.replaceAll("^<|>$", "");
		return transactions.call(scope(), () -> jdbc.sql("""
				select id from email_messages where provider_message_id in (:bare, :bracketed) limit 1
				""").param("bare", bare).param("bracketed", "<" + bare + ">").query(UUID.class).optional());
	}

	private void apply(Tracked message, EmailStatus reported, @Nullable String detail) {
		EmailStatus next = message.status().after(reported);
		jdbc.sql("""
				update email_messages set
				  status = :status,
				  status_changed_at = case when :status <> status then now() else status_changed_at end,
				  delivered_at = case when :kind = 'DELIVERED' then coalesce(delivered_at, now()) else delivered_at end,
				  opened_at = case when :kind in ('OPENED', 'CLICKED') then coalesce(opened_at, now()) else opened_at end,
				  clicked_at = case when :kind = 'CLICKED' then coalesce(clicked_at, now()) else clicked_at end,
				  open_count = case when :kind = 'OPENED' then open_count + 1
				                    when :kind = 'CLICKED' then greatest(open_count, 1) else open_count end,
				  click_count = case when :kind = 'CLICKED' then click_count + 1 else click_count end,
				  last_error = case when :kind in ('BOUNCED', 'COMPLAINED', 'FAILED') then :detail else last_error end
				where id = :id
				""")
			.param("status", next.name())
			.param("kind", reported.name())
			.param("detail", detail)
			.param("id", message.id())
			.update();
		statusEvents.changed(message.id());
	}

	private Optional<Tracked> find(UUID messageId) {
		return jdbc.sql("""
				select id, organization_id, to_address, template, status, links from email_messages
				where id = ? for update
				""")
			.param(messageId)
			.query((rs, n) -> new Tracked(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
					rs.getString("to_address"), rs.getString("template"), EmailStatus.valueOf(rs.getString("status")),
					List.of((String[]) rs.getArray("links").getArray())))
			.optional();
	}

	private static TenantScope scope() {
		return TenantScope.system(new Actor.Job("email-tracking"));
	}
}
