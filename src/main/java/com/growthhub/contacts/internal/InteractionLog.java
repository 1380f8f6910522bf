package com.growthhub.contacts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.PrivacyMode;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** What people and programs log on a contact's timeline, under the organization's visibility and privacy rules. */
@Service
public class InteractionLog {

	private final Interactions interactions;
	private final ContactRepository repository;
	private final ContactSettingsStore settings;
	private final ContactVisibility visibility;
	private final TenantTransactions transactions;

	InteractionLog(Interactions interactions, ContactRepository repository, ContactSettingsStore settings,
			ContactVisibility visibility, TenantTransactions transactions) {
		this.interactions = interactions;
		this.repository = repository;
		this.settings = settings;
		this.visibility = visibility;
		this.transactions = transactions;
	}

	/** The interaction's author is the person acting; a job's or an integration's entry has none. */
	public Interactions.InteractionView log(OrganizationId organization, Actor actor, UUID contactId, String type,
			@Nullable String text, @Nullable Instant occurredAt, Map<String, Object> payload) {
		String kind = type.strip().toLowerCase();
		if (!Interactions.TYPES.contains(kind)) {
			throw InvalidContactException.field("type", "must be one of " + Interactions.TYPES);
		}
		Instant when = occurredAt == null ? Instant.now() : occurredAt;
		if (when.isAfter(Instant.now().plus(Duration.ofMinutes(5)))) {
			throw InvalidContactException.field("occurredAt", "must not be in the future");
		}
		String body = text == null || text.isBlank() ? null : text.strip();
		return transactions.call(organization, actor, () -> {
			ContactSettings rules = settings.get(organization.value());
			visible(organization, actor, rules, contactId);
			if (!PrivacyMode.of(rules.privacyMode()).allowsFreeText() && body != null) {
				throw new PolicyRefusedException(List.of("text"));
			}
			return interactions.record(organization.value(), contactId, kind, body, when, payload, actor.userId());
		});
	}

	public Interactions.Page timeline(OrganizationId organization, Actor actor, UUID contactId, @Nullable String cursor,
			int limit) {
		return transactions.call(organization, actor, () -> {
			ContactSettings rules = settings.get(organization.value());
			visible(organization, actor, rules, contactId);
			Interactions.Page page = interactions.timeline(organization.value(), contactId, cursor, limit);
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

	private void visible(OrganizationId organization, Actor actor, ContactSettings rules, UUID contactId) {
		repository.find(organization.value(), contactId, false, false)
			.filter(contact -> visibility.mayAccess(organization, actor, rules, contact))
			.orElseThrow(() -> NotFoundException.of("Contact"));
	}
}
