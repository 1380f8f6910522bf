package com.growthhub.contacts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** A contact's ids on external platforms: one per platform, and each unique per organization and platform. */
@Service
public class ExternalIds {

	static final Set<String> PLATFORMS = Set.of("HUBSPOT", "SALESFORCE", "GOOGLE_SHEETS", "GHL", "CTM");

	private final JdbcClient jdbc;
	private final ContactRepository contacts;
	private final ContactSettingsStore settings;
	private final Contacts presenter;
	private final ContactVisibility visibility;
	private final TenantTransactions transactions;

	ExternalIds(JdbcClient jdbc, ContactRepository contacts, ContactSettingsStore settings, Contacts presenter,
			ContactVisibility visibility, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.settings = settings;
		this.presenter = presenter;
		this.visibility = visibility;
		this.transactions = transactions;
	}

	public record ExternalId(String platform, String externalId, Instant createdAt) {
	}

	public List<ExternalId> list(OrganizationId organization, Actor actor, UUID contactId) {
		return transactions.call(organization, actor, () -> {
			visible(organization, actor, contactId, false);
			return jdbc.sql("""
					select lower(platform) as platform, external_id, created_at from contact_external_ids
					where organization_id = ? and contact_id = ? order by platform
					""").params(organization.value(), contactId).query(ExternalId.class).list();
		});
	}

	/** Sets or replaces the contact's id on a platform; 409 when another contact of the organization has it. */
	public ExternalId put(OrganizationId organization, Actor actor, UUID contactId, String platform, String externalId) {
		String key = platform(platform);
		return transactions.call(organization, actor, () -> {
			visible(organization, actor, contactId, true);
			try {
				return jdbc.sql("""
						insert into contact_external_ids (organization_id, contact_id, platform, external_id) values (?, ?, ?, ?)
						on conflict (contact_id, platform) do update set external_id = excluded.external_id,
						  created_at = case when contact_external_ids.external_id = excluded.external_id
						                    then contact_external_ids.created_at else now() end
						returning lower(platform) as platform, external_id, created_at
						""").params(organization.value(), contactId, key, externalId.strip())
					.query(ExternalId.class)
					.single();
			}
			catch (DuplicateKeyException ex) {
				throw ContactConflictException.externalIdTaken(key.toLowerCase(Locale.ROOT));
			}
		});
	}

	public void remove(OrganizationId organization, Actor actor, UUID contactId, String platform) {
		String key = platform(platform);
		transactions.run(organization, actor, () -> {
			visible(organization, actor, contactId, true);
			if (jdbc.sql("delete from contact_external_ids where organization_id = ? and contact_id = ? and platform = ?")
				.params(organization.value(), contactId, key).update() == 0) {
				throw NotFoundException.of("External id");
			}
		});
	}

	public ContactView contact(OrganizationId organization, Actor actor, String platform, String externalId) {
		String key = platform(platform);
		return transactions.call(organization, actor, () -> {
			ContactSettings rules = settings.get(organization.value());
			return find(organization.value(), key, externalId)
				.flatMap(id -> contacts.find(organization.value(), id, false, false))
				.filter(contact -> visibility.mayAccess(organization, actor, rules, contact))
				.map(contact -> presenter.present(contact, rules, organization.value()))
				.orElseThrow(() -> NotFoundException.of("Contact"));
		});
	}

	/** Any live contact, whoever asks: for programs that match records by their ids elsewhere. */
	public Optional<UUID> findByExternalId(OrganizationId organization, String platform, String externalId) {
		String key = platform(platform);
		return transactions.call(organization, new Actor.Anonymous(), () -> find(organization.value(), key, externalId));
	}

	private Optional<UUID> find(UUID organization, String platform, String externalId) {
		return jdbc.sql("""
				select e.contact_id from contact_external_ids e join contacts c on c.id = e.contact_id
				where e.organization_id = ? and e.platform = ? and e.external_id = ? and c.deleted_at is null
				""").params(organization, platform, externalId.strip()).query(UUID.class).optional();
	}

	/** @param lock serializes writes to one contact's ids; reading needs no lock */
	private void visible(OrganizationId organization, Actor actor, UUID contactId, boolean lock) {
		contacts.find(organization.value(), contactId, false, lock)
			.filter(contact -> visibility.mayAccess(organization, actor, settings.get(organization.value()), contact))
			.orElseThrow(() -> NotFoundException.of("Contact"));
	}

	private static String platform(String platform) {
		String key = platform.strip().toUpperCase(Locale.ROOT);
		if (!PLATFORMS.contains(key)) {
			throw InvalidContactException.field("platform", "must be one of hubspot, salesforce, google_sheets, ghl, ctm");
		}
		return key;
	}
}
