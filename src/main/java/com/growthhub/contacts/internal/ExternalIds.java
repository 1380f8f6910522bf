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

import com.growthhub.identity.CurrentUser;
import com.growthhub.platform.tenancy.TenantContext;
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
	private final TenantTransactions transactions;

	ExternalIds(JdbcClient jdbc, ContactRepository contacts, ContactSettingsStore settings, Contacts presenter,
			TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.settings = settings;
		this.presenter = presenter;
		this.transactions = transactions;
	}

	public record ExternalId(String platform, String externalId, Instant createdAt) {
	}

	public List<ExternalId> list(CurrentUser user, UUID contactId) {
		UUID organization = user.organization().value();
		return transactions.call(TenantContext.current(), () -> {
			visible(user, organization, contactId, false);
			return jdbc.sql("""
					select lower(platform) as platform, external_id, created_at from contact_external_ids
					where organization_id = ? and contact_id = ? order by platform
					""").params(organization, contactId).query(ExternalId.class).list();
		});
	}

	/** Sets or replaces the contact's id on a platform; 409 when another contact of the organization has it. */
	public ExternalId put(CurrentUser user, UUID contactId, String platform, String externalId) {
		UUID organization = user.organization().value();
		String key = platform(platform);
		return transactions.call(TenantContext.current(), () -> {
			visible(user, organization, contactId, true);
			try {
				return jdbc.sql("""
						insert into contact_external_ids (organization_id, contact_id, platform, external_id) values (?, ?, ?, ?)
						on conflict (contact_id, platform) do update set external_id = excluded.external_id,
						  created_at = case when contact_external_ids.external_id = excluded.external_id
						                    then contact_external_ids.created_at else now() end
						returning lower(platform) as platform, external_id, created_at
						""").params(organization, contactId, key, externalId.strip()).query(ExternalId.class).single();
			}
			catch (DuplicateKeyException ex) {
				throw ContactConflictException.externalIdTaken(key.toLowerCase(Locale.ROOT));
			}
		});
	}

	public void remove(CurrentUser user, UUID contactId, String platform) {
		UUID organization = user.organization().value();
		String key = platform(platform);
		transactions.run(TenantContext.current(), () -> {
			visible(user, organization, contactId, true);
			if (jdbc.sql("delete from contact_external_ids where organization_id = ? and contact_id = ? and platform = ?")
				.params(organization, contactId, key).update() == 0) {
				throw NotFoundException.of("External id");
			}
		});
	}

	public ContactView contact(CurrentUser user, String platform, String externalId) {
		UUID organization = user.organization().value();
		String key = platform(platform);
		return transactions.call(TenantContext.current(), () -> {
			ContactSettings rules = settings.get(organization);
			return find(organization, key, externalId).flatMap(id -> contacts.find(organization, id, false, false))
				.filter(contact -> Contacts.mayAccess(user, rules, contact))
				.map(contact -> presenter.present(contact, rules, organization))
				.orElseThrow(() -> NotFoundException.of("Contact"));
		});
	}

	public Optional<UUID> findByExternalId(OrganizationId organization, String platform, String externalId) {
		String key = platform(platform);
		return transactions.call(TenantContext.current().withOrganization(organization),
				() -> find(organization.value(), key, externalId));
	}

	private Optional<UUID> find(UUID organization, String platform, String externalId) {
		return jdbc.sql("""
				select e.contact_id from contact_external_ids e join contacts c on c.id = e.contact_id
				where e.organization_id = ? and e.platform = ? and e.external_id = ? and c.deleted_at is null
				""").params(organization, platform, externalId.strip()).query(UUID.class).optional();
	}

	/** @param lock serializes writes to one contact's ids; reading needs no lock */
	private void visible(CurrentUser user, UUID organization, UUID contactId, boolean lock) {
		contacts.find(organization, contactId, false, lock)
			.filter(contact -> Contacts.mayAccess(user, settings.get(organization), contact))
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
