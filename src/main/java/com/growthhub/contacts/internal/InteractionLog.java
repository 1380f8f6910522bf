package com.growthhub.contacts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.PrivacyMode;
import com.growthhub.identity.CurrentUser;
import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;

/** What people and programs log on a contact's timeline, under the organization's visibility and privacy rules. */
@Service
public class InteractionLog {

	private final Interactions interactions;
	private final ContactRepository repository;
	private final ContactSettingsStore settings;
	private final TenantTransactions transactions;

	InteractionLog(Interactions interactions, ContactRepository repository, ContactSettingsStore settings,
			TenantTransactions transactions) {
		this.interactions = interactions;
		this.repository = repository;
		this.settings = settings;
		this.transactions = transactions;
	}

	public Interactions.InteractionView log(CurrentUser user, UUID contactId, String type, @Nullable String text,
			@Nullable Instant occurredAt, Map<String, Object> payload) {
		UUID organization = user.organization().value();
		String kind = type.strip().toLowerCase();
		if (!Interactions.TYPES.contains(kind)) {
			throw InvalidContactException.field("type", "must be one of " + Interactions.TYPES);
		}
		Instant when = occurredAt == null ? Instant.now() : occurredAt;
		if (when.isAfter(Instant.now().plus(Duration.ofMinutes(5)))) {
			throw InvalidContactException.field("occurredAt", "must not be in the future");
		}
		String body = text == null || text.isBlank() ? null : text.strip();
		return transactions.call(TenantContext.current(), () -> {
			ContactSettings rules = settings.get(organization);
			visible(user, rules, organization, contactId);
			if (!PrivacyMode.of(rules.privacyMode()).allowsFreeText() && body != null) {
				throw new PolicyRefusedException(List.of("text"));
			}
			return interactions.record(organization, contactId, kind, body, when, payload, user.userId());
		});
	}

	public Interactions.Page timeline(CurrentUser user, UUID contactId, @Nullable String cursor, int limit) {
		UUID organization = user.organization().value();
		return transactions.call(TenantContext.current(), () -> {
			ContactSettings rules = settings.get(organization);
			visible(user, rules, organization, contactId);
			Interactions.Page page = interactions.timeline(organization, contactId, cursor, limit);
			if (PrivacyMode.of(rules.privacyMode()).allowsFreeText()) {
				return page;
			}
			return new Interactions.Page(page.items()
				.stream()
				.map(i -> new Interactions.InteractionView(i.id(), i.contactId(), i.type(), null, i.occurredAt(),
						i.authorId(), i.payload(), i.createdAt()))
				.toList(), page.nextCursor());
		});
	}

	private void visible(CurrentUser user, ContactSettings rules, UUID organization, UUID contactId) {
		repository.find(organization, contactId, false, false)
			.filter(contact -> Contacts.mayAccess(user, rules, contact))
			.orElseThrow(() -> NotFoundException.of("Contact"));
	}
}
