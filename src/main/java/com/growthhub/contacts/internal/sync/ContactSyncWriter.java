package com.growthhub.contacts.internal.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactSync;
import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.internal.ContactCampaignLinks;
import com.growthhub.contacts.internal.ContactSettingsStore;
import com.growthhub.contacts.internal.PhoneNumbers;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ContactSync} in a handful of statements per page: a page's rows travel as one JSON parameter. Lifecycle
 * moves of existing contacts are the exception: each is a conversion, one by one ({@link LifecycleMoves}).
 */
@Service
class ContactSyncWriter implements ContactSync {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The columns a page's rows carry besides the text ones ({@link SyncColumns#recordType}). */
	private static final String RECORD_LEADING = "id uuid, owner_id uuid, type text, status text, ";

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ContactSettingsStore settings;
	private final CustomFields customFields;
	private final PhoneNumbers phones;
	private final Members members;
	private final LifecycleMoves lifecycleMoves;
	private final ContactCampaignLinks campaignLinks;

	ContactSyncWriter(JdbcClient jdbc, TenantTransactions transactions, ContactSettingsStore settings,
			CustomFields customFields, PhoneNumbers phones, Members members, LifecycleMoves lifecycleMoves,
			ContactCampaignLinks campaignLinks) {
		this.campaignLinks = campaignLinks;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.customFields = customFields;
		this.phones = phones;
		this.members = members;
		this.lifecycleMoves = lifecycleMoves;
	}

	@Override
	public List<String> customFieldKeys(OrganizationId organization) {
		return customFields.list(organization).stream().map(CustomFieldDefinition::key).toList();
	}

	@Override
	public List<Match> match(OrganizationId organization, String platform, List<Incoming> records) {
		return transactions.call(organization, new Actor.Job("contact-sync"), () -> {
			SyncValues values = values(organization);
			SyncOwners owners = SyncOwners.of(members, organization);
			List<SyncValues.Normalized> normalized = records.stream().map(record -> values.normalize(record.values())).toList();
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int i = 0; i < records.size(); i++) {
				Map<String, String> v = normalized.get(i).values();
				Map<String, Object> row = new HashMap<>();
				row.put("i", i);
				row.put("external_id", records.get(i).externalId());
				row.put("email", v.get("email"));
				row.put("phone", v.get("phone"));
				rows.add(row);
			}
			record Found(@Nullable UUID contactId, @Nullable UUID byEmail, Map<String, String> current,
					@Nullable Instant updatedAt, Map<String, Instant> changedAt) {
			}
			Map<Integer, Found> found = new HashMap<>();
			jdbc.sql("""
					select r.i, coalesce(x.contact_id, em.id, ph.id) as contact_id, em.id as by_email, c.updated_at,
					  ft.changed_at::text as field_times, c.owner_id, c.type,
					  c.custom_fields::text as custom_fields,\s""" + SyncColumns.list("c.") + "\n" + """
					from jsonb_to_recordset(?::jsonb) as r(i int, external_id text, email text, phone text)
					left join lateral (select e.contact_id from contact_external_ids e join contacts k on k.id = e.contact_id
					    where e.organization_id = ? and e.platform = ? and e.external_id = r.external_id
					      and k.deleted_at is null) x on true
					left join lateral (select id from contacts where organization_id = ? and deleted_at is null
					    and email = r.email limit 1) em on true
					left join lateral (select id from contacts where organization_id = ? and deleted_at is null
					    and phone = r.phone order by created_at, id limit 1) ph on true
					left join contacts c on c.id = coalesce(x.contact_id, em.id, ph.id)
					left join contact_field_times ft on ft.contact_id = c.id
					""").params(json(rows), organization.value(), platform, organization.value(), organization.value())
				.query((rs, n) -> found.put(rs.getInt("i"), new Found(rs.getObject("contact_id", UUID.class),
						rs.getObject("by_email", UUID.class), currentValues(rs, owners), instant(rs, "updated_at"),
						fieldTimes(rs.getString("field_times")))))
				.list();
			List<Match> matches = new ArrayList<>();
			for (int i = 0; i < records.size(); i++) {
				Incoming record = records.get(i);
				SyncValues.Normalized n = normalized.get(i);
				Found f = found.get(i);
				String error = n.error();
				if (error == null && f.byEmail() != null && f.contactId() != null && !f.byEmail().equals(f.contactId())) {
					error = "its email belongs to another contact";
				}
				if (error != null) {
					matches.add(new Match(record.externalId(), n.values(), null, Map.of(), f.updatedAt(), Map.of(), List.of(),
							error));
					continue;
				}
				Map<String, String> kept = new HashMap<>(n.values());
				List<Skipped> skipped = SkippedFields.takeOut(kept, f.contactId() == null ? null : f.current(), owners);
				matches.add(new Match(record.externalId(), kept, f.contactId(), f.current(), f.updatedAt(), f.changedAt(),
						skipped, null));
			}
			return matches;
		});
	}

	@Override
	public List<Outcome> apply(OrganizationId organization, Actor actor, String platform, List<Change> changes) {
		return transactions.call(organization, actor, () -> {
			SyncValues values = values(organization);
			SyncOwners owners = SyncOwners.of(members, organization);
			Map<UUID, ContactType> lifecycles = new HashMap<>();
			Outcome[] outcomes = new Outcome[changes.size()];
			Set<UUID> touched = new HashSet<>();
			Set<String> newEmails = new HashSet<>();
			Set<String> newPhones = new HashSet<>();
			List<Map<String, Object>> updates = new ArrayList<>();
			List<Map<String, Object>> inserts = new ArrayList<>();
			Map<Integer, UUID> ids = new LinkedHashMap<>();
			for (int i = 0; i < changes.size(); i++) {
				Change change = changes.get(i);
				UUID id = change.contactId();
				if (id != null && !touched.add(id)) {
					outcomes[i] = failed(change, "matches the same contact as another record of this page");
					continue;
				}
				if (id == null) {
					String email = change.values().get("email");
					String phone = change.values().get("phone");
					if ((email != null && !newEmails.add(email)) || (email == null && phone != null && !newPhones.add(phone))) {
						outcomes[i] = failed(change, "repeats the email or phone of another record of this page");
						continue;
					}
					id = Ids.next();
					inserts.add(row(id, change, values, owners, true));
				}
				else {
					updates.add(row(id, change, values, owners, false));
					String lifecycle = change.values().get(LIFECYCLE);
					ContactType type = lifecycle == null ? null : LifecycleSteps.parse(lifecycle);
					if (type != null) {
						lifecycles.put(id, type);
					}
				}
				ids.put(i, id);
			}
			Set<UUID> updated = new HashSet<>(update(organization, updates));
			updated.addAll(lifecycleMoves.convert(organization, actor, lifecycles));
			insert(organization, actor, platform, inserts);
			// The platform knows campaigns by name only.
			campaignLinks.link(organization);
			link(organization, platform, ids.entrySet().stream()
				.collect(Collectors.toMap(Map.Entry::getValue, e -> changes.get(e.getKey()).externalId())));
			ids.forEach((i, id) -> {
				Change change = changes.get(i);
				Result result = change.contactId() == null ? Result.CREATED
						: updated.contains(id) ? Result.UPDATED : Result.UNCHANGED;
				outcomes[i] = new Outcome(change.externalId(), id, result, null);
			});
			return List.of(outcomes);
		});
	}

	@Override
	public List<LocalContact> changedSince(OrganizationId organization, String platform, Instant since,
			@Nullable UUID after, int limit) {
		return transactions.call(organization, new Actor.Job("contact-sync"), () -> {
			SyncOwners owners = SyncOwners.of(members, organization);
			return jdbc.sql("""
				select c.id, c.updated_at, e.external_id, c.owner_id, c.type, c.custom_fields::text as custom_fields,\s"""
						+ SyncColumns.list("c.") + "\n" + """
				from contacts c left join contact_external_ids e on e.contact_id = c.id and e.platform = ?
				where c.organization_id = ? and c.deleted_at is null
				  and (c.updated_at > ? or (c.updated_at = ? and c.id > coalesce(?::uuid, '00000000-0000-0000-0000-000000000000')))
				order by c.updated_at, c.id limit ?
				""").params(platform, organization.value(), ts(since), ts(since), after, limit)
			.query((rs, n) -> new LocalContact(rs.getObject("id", UUID.class), rs.getString("external_id"),
					rs.getTimestamp("updated_at").toInstant(), currentValues(rs, owners)))
			.list();
		});
	}

	@Override
	public void link(OrganizationId organization, String platform, Map<UUID, String> externalIds) {
		if (externalIds.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = externalIds.entrySet().stream()
			.map(e -> Map.<String, Object>of("id", e.getKey(), "external_id", e.getValue()))
			.toList();
		String json = json(rows);
		transactions.run(organization, new Actor.Job("contact-sync"), () -> {
			// A trashed contact may still hold the id; the live one it now belongs to takes it over.
			jdbc.sql("""
					delete from contact_external_ids e using jsonb_to_recordset(?::jsonb) as r(id uuid, external_id text)
					where e.organization_id = ? and e.platform = ? and e.external_id = r.external_id and e.contact_id <> r.id
					""").params(json, organization.value(), platform).update();
			jdbc.sql("""
					insert into contact_external_ids (organization_id, contact_id, platform, external_id)
					select ?, r.id, ?, r.external_id from jsonb_to_recordset(?::jsonb) as r(id uuid, external_id text)
					on conflict (contact_id, platform) do update set external_id = excluded.external_id
					""").params(organization.value(), platform, json).update();
		});
	}

	@Override
	public int trash(OrganizationId organization, Actor actor, Collection<UUID> contactIds) {
		if (contactIds.isEmpty()) {
			return 0;
		}
		return transactions.call(organization, actor, () -> jdbc.sql("""
				update contacts set deleted_at = now(), updated_at = now(), version = version + 1
				where organization_id = ? and id = any(?) and deleted_at is null
				""").params(organization.value(), contactIds.toArray(UUID[]::new)).update());
	}

	@Override
	public List<TrashedContact> trashedSince(OrganizationId organization, String platform, Instant since,
			@Nullable UUID after, int limit) {
		return transactions.call(organization, new Actor.Job("contact-sync"), () -> jdbc.sql("""
				select c.id, c.deleted_at, e.external_id
				from contacts c left join contact_external_ids e on e.contact_id = c.id and e.platform = ?
				where c.organization_id = ? and c.deleted_at is not null
				  and (c.deleted_at > ? or (c.deleted_at = ? and c.id > coalesce(?::uuid, '00000000-0000-0000-0000-000000000000')))
				order by c.deleted_at, c.id limit ?
				""").params(platform, organization.value(), ts(since), ts(since), after, limit)
			.query((rs, n) -> new TrashedContact(rs.getObject("id", UUID.class), rs.getString("external_id"),
					rs.getTimestamp("deleted_at").toInstant()))
			.list());
	}

	@Override
	public void unlink(OrganizationId organization, String platform, Map<UUID, String> externalIds) {
		if (externalIds.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = externalIds.entrySet().stream()
			.map(e -> Map.<String, Object>of("id", e.getKey(), "external_id", e.getValue()))
			.toList();
		transactions.run(organization, new Actor.Job("contact-sync"), () -> jdbc.sql("""
				delete from contact_external_ids e using jsonb_to_recordset(?::jsonb) as r(id uuid, external_id text)
				where e.organization_id = ? and e.platform = ? and e.contact_id = r.id and e.external_id = r.external_id
				""").params(json(rows), organization.value(), platform).update());
	}

	/** Sets a changed field only: a value absent from the record keeps the stored one. Answers the contacts changed. */
	private Set<UUID> update(OrganizationId organization, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return Set.of();
		}
		List<String> columns = new ArrayList<>(SyncColumns.BY_FIELD.values());
		columns.add("owner_id");
		String merged = columns.stream()
			.map(column -> "coalesce(r." + column + ", c." + column + ")")
			.collect(Collectors.joining(", "));
		String sets = columns.stream()
			.map(column -> column + " = coalesce(r." + column + ", c." + column + ")")
			.collect(Collectors.joining(", "));
		return new HashSet<>(jdbc.sql("update contacts c set " + sets + """
				, custom_fields = c.custom_fields || r.custom_fields, updated_at = now(), version = c.version + 1
				from jsonb_to_recordset(?::jsonb) as r""" + SyncColumns.recordType(RECORD_LEADING) + "\n" + """
				where c.id = r.id and c.organization_id = ? and c.deleted_at is null
				  and (row(""" + SyncColumns.list("c.") + ", c.owner_id) is distinct from row(" + merged + """
				       ) or not c.custom_fields @> r.custom_fields)
				returning c.id
				""").params(json(rows), organization.value()).query(UUID.class).list());
	}

	private void insert(OrganizationId organization, Actor actor, String platform, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.sql("insert into contacts (id, organization_id, " + SyncColumns.list("") + "\n" + """
				, owner_id, type, status, custom_fields, source, created_by)
				select r.id, ?,\s""" + SyncColumns.list("r.") + "\n" + """
				, r.owner_id, coalesce(r.type, 'CONTACT'), r.status, r.custom_fields, ?, ?
				from jsonb_to_recordset(?::jsonb) as r""" + SyncColumns.recordType(RECORD_LEADING))
			.params(organization.value(), platform, actor.userId(), json(rows))
			.update();
	}

	private static Map<String, Object> row(UUID id, Change change, SyncValues values, SyncOwners owners,
			boolean created) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		Map<String, Object> custom = new HashMap<>();
		change.values().forEach((key, value) -> {
			if (key.equals(OWNER_EMAIL)) {
				row.put("owner_id", owners.idOf(value));
			}
			else if (key.equals(LIFECYCLE)) {
				ContactType type = LifecycleSteps.parse(value);
				if (created && type != null) {
					row.put("type", type.name());
					row.put("status", type.defaultStatus());
				}
			}
			else if (key.startsWith(CUSTOM)) {
				String customKey = key.substring(CUSTOM.length());
				custom.put(customKey, values.typed(customKey, value));
			}
			else if (SyncColumns.BY_FIELD.containsKey(key)) {
				row.put(SyncColumns.BY_FIELD.get(key), value);
			}
		});
		row.put("custom_fields", custom);
		if (created && row.get("first_name") == null) {
			row.put("first_name", placeholderName(change.values()));
		}
		return row;
	}

	/** Contacts need a first name; a record without one is named by what it has. */
	private static String placeholderName(Map<String, String> values) {
		String email = values.get("email");
		if (email != null) {
			String local = email.substring(0, email.indexOf('@'));
			return local.length() > 100 ? local.substring(0, 100) : local;
		}
		return values.getOrDefault("phone", values.getOrDefault("company", "Unknown"));
	}

	private static Outcome failed(Change change, String error) {
		return new Outcome(change.externalId(), change.contactId(), Result.FAILED, error);
	}

	private SyncValues values(OrganizationId organization) {
		return new SyncValues(phones, settings.get(organization.value()).defaultRegion(), customFields
			.definitions(organization.value())
			.stream()
			.collect(Collectors.toMap(CustomFieldDefinition::key, Function.identity())));
	}

	private static Map<String, Instant> fieldTimes(@Nullable String json) {
		if (json == null) {
			return Map.of();
		}
		Map<String, String> raw = JSON.readValue(json, new TypeReference<Map<String, String>>() {
		});
		Map<String, Instant> times = new HashMap<>();
		// PostgreSQL writes a timestamptz into JSON with its offset (2026-12-03T06:40:00.123456+00:00).
		raw.forEach((field, at) -> times.put(field, java.time.OffsetDateTime.parse(at).toInstant()));
		return times;
	}

	private static Map<String, String> currentValues(ResultSet rs, SyncOwners owners) throws SQLException {
		Map<String, String> values = new HashMap<>();
		String owner = owners.emailOf(rs.getObject("owner_id", UUID.class));
		if (owner != null) {
			values.put(OWNER_EMAIL, owner);
		}
		String type = rs.getString("type");
		if (type != null) {
			values.put(LIFECYCLE, type.toLowerCase(java.util.Locale.ROOT));
		}
		for (Map.Entry<String, String> entry : SyncColumns.BY_FIELD.entrySet()) {
			String value = rs.getString(entry.getValue());
			if (value != null) {
				values.put(entry.getKey(), value);
			}
		}
		String custom = rs.getString("custom_fields");
		if (custom != null) {
			JSON.readTree(custom).properties().forEach(e -> values.put(CUSTOM + e.getKey(),
					e.getValue().isString() ? e.getValue().asString() : e.getValue().toString()));
		}
		return values;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static java.sql.Timestamp ts(Instant instant) {
		return java.sql.Timestamp.from(instant);
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}
}
