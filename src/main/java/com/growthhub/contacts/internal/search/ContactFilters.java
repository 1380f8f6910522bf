package com.growthhub.contacts.internal.search;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.internal.ContactSettings;
import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFields;

import tools.jackson.databind.json.JsonMapper;

/** A contact list query's filters as the conditions of one statement. */
@Component
class ContactFilters {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CustomFields customFields;
	private final SearchCondition search;

	ContactFilters(CustomFields customFields, SearchCondition search) {
		this.customFields = customFields;
		this.search = search;
	}

	/**
	 * Must run inside a transaction of the organization.
	 *
	 * @param onlyOwner the person whose contacts alone the actor may see, if the organization limits them
	 */
	Where of(UUID org, ContactSettings rules, @Nullable UUID onlyOwner, ContactQuery query) {
		Where where = new Where();
		where.add("c.organization_id = ?", org);
		where.add(query.deleted() ? "c.deleted_at is not null" : "c.deleted_at is null");
		if (onlyOwner != null) {
			where.add("c.owner_id = ?", onlyOwner);
		}
		if (query.q() != null && !query.q().isBlank()) {
			where.search(search.of(org, rules.defaultRegion(), query.q()));
		}
		if (query.type() != null) {
			where.add("c.type = ?", query.type().name());
		}
		if (query.status() != null) {
			where.add("c.status = ?", query.status().strip().toLowerCase(Locale.ROOT));
		}
		if (query.tag() != null) {
			where.add("exists (select 1 from contact_tags t where t.contact_id = c.id and t.tag_id = ?)", query.tag());
		}
		if (query.listId() != null) {
			where.add("exists (select 1 from list_members m where m.contact_id = c.id and m.list_id = ?)", query.listId());
		}
		if (query.ownerId() != null) {
			where.add("c.owner_id = ?", query.ownerId());
		}
		if (query.source() != null) {
			where.add("c.source = ?", query.source().strip().toUpperCase(Locale.ROOT));
		}
		if (query.campaign() != null) {
			where.add("c.campaign = ?", query.campaign());
		}
		if (query.campaignId() != null) {
			where.add("c.campaign_id = ?", query.campaignId());
		}
		if (query.createdFrom() != null) {
			where.add("c.created_at >= ?", Timestamp.from(query.createdFrom()));
		}
		if (query.createdTo() != null) {
			where.add("c.created_at < ?", Timestamp.from(query.createdTo()));
		}
		if (!query.customFields().isEmpty()) {
			Map<String, CustomFieldDefinition> definitions = new HashMap<>();
			customFields.definitions(org).forEach(d -> definitions.put(d.key(), d));
			query.customFields().forEach((key, raw) -> {
				CustomFieldDefinition definition = definitions.get(key);
				if (definition == null) {
					throw InvalidContactException.field("cf." + key, "is not a custom field of this organization");
				}
				Object value = CustomFields.parseFilter(definition, raw);
				if (value == null) {
					throw InvalidContactException.field("cf." + key, "does not match the field's type");
				}
				where.add("c.custom_fields @> cast(? as jsonb)", JSON.writeValueAsString(Map.of(key, value)));
			});
		}
		return where;
	}
}
