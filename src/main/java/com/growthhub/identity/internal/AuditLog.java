package com.growthhub.identity.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail as people read it: who by name, what as a sentence ("Updated contact Ada Lovelace"), and each
 * change with its field's label and readable values, leaving out the bookkeeping every row has. The raw event stays
 * next to it for programs.
 */
@Service
public class AuditLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditTrail trail;
	private final AuditNames names;
	private final AuditLabels labels;

	AuditLog(AuditTrail trail, AuditNames names, AuditLabels labels) {
		this.trail = trail;
		this.names = names;
		this.labels = labels;
	}

	/** @param detail an email for a person, the kind of actor for a job or an integration */
	public record Who(String name, @Nullable String detail) {
	}

	/** A missing side (null) is the value not being there: the row did not exist yet, or any more, or it was empty. */
	public record Change(String field, String label, @Nullable String before, @Nullable String after) {
	}

	/** @param entityName the record's name, or a short id when it cannot be named */
	public record Entry(AuditTrail.AuditEvent event, Who who, String entityLabel, String entityName, String summary,
			List<Change> changes) {
	}

	public record Page(List<Entry> items, @Nullable String nextCursor) {
	}

	/** An entity type to filter by, with its label. */
	public record EntityType(String key, String label) {
	}

	public Page find(OrganizationId organization, AuditTrail.Filter filter, @Nullable String cursor, int limit,
			Locale locale) {
		AuditTrail.Page page = trail.find(organization, filter, cursor, limit);
		List<AuditRecord> records = page.items().stream().map(event -> new AuditRecord(event, JSON.readTree(event.changes())))
			.toList();
		Map<String, String> references = names.references();
		AuditValues values = new AuditValues(names.find(organization, wanted(records, references)), references, labels,
				locale);
		return new Page(records.stream().map(record -> entry(record, values, locale)).toList(), page.nextCursor());
	}

	/** Every entity type the audit trail records, by label. */
	public List<EntityType> entityTypes(Locale locale) {
		return names.entityTypes().stream().map(type -> new EntityType(type, labels.entityHeading(type, locale)))
			.sorted(Comparator.comparing(EntityType::label))
			.toList();
	}

	/** The ids a page names: the records that were updated (by their current name) and every id a value holds. */
	private static Map<String, Set<UUID>> wanted(List<AuditRecord> records, Map<String, String> references) {
		Map<String, Set<UUID>> wanted = new HashMap<>();
		for (AuditRecord record : records) {
			AuditTrail.AuditEvent event = record.event();
			if (event.entityId() != null && (record.updated() || record.ownName() == null)) {
				wanted.computeIfAbsent(event.entityType(), type -> new HashSet<>()).add(event.entityId());
			}
			record.columns().forEach(column -> {
				String type = references.get(column);
				if (type != null) {
					Set<UUID> ids = wanted.computeIfAbsent(type, key -> new HashSet<>());
					ids.addAll(AuditRecord.ids(record.before(column)));
					ids.addAll(AuditRecord.ids(record.after(column)));
				}
			});
		}
		return wanted;
	}

	private Entry entry(AuditRecord record, AuditValues values, Locale locale) {
		AuditTrail.AuditEvent event = record.event();
		String entity = labels.entity(event.entityType(), locale);
		String name = name(record, values);
		List<Change> changes = new AuditChanges(record, values, labels, locale).list();
		String summary = labels.text("settings.audit.summary." + verb(record, changes), locale, entity, name).strip();
		return new Entry(event, who(event, locale), entity, name, summary, changes);
	}

	/** An update names the record as it is now; a created or deleted row names itself, as it was. */
	private static String name(AuditRecord record, AuditValues values) {
		UUID id = record.event().entityId();
		String current = id == null ? null : values.names().of(record.event().entityType(), id);
		String own = record.ownName();
		if (own == null && record.row("user_id") != null) {
			own = values.text("user_id", record.row("user_id"));
		}
		String name = record.updated() ? (current != null ? current : own) : (own != null ? own : current);
		return name != null ? name : id == null ? "" : AuditValues.shortId(id);
	}

	/** Created, updated or deleted; an update that only sets or clears {@code deleted_at} is a move to or from the trash. */
	private static String verb(AuditRecord record, List<Change> changes) {
		if (record.updated() && changes.size() == 1 && changes.getFirst().field().equals("deleted_at")) {
			return changes.getFirst().after() != null ? "TRASHED" : "RESTORED";
		}
		return record.event().action();
	}

	private Who who(AuditTrail.AuditEvent event, Locale locale) {
		if (event.actorUserId() != null) {
			String email = event.actorEmail();
			return event.actorName() != null ? new Who(event.actorName(), email)
					: new Who(email != null ? email : AuditValues.shortId(event.actorUserId()), null);
		}
		String actor = event.actor();
		String product = labels.text("settings.audit.actor.product", locale);
		if (actor.startsWith("job:")) {
			return new Who(product, labels.text("settings.audit.actor.job", locale, AuditLabels.words(actor.substring(4))));
		}
		if (actor.startsWith("integration:")) {
			return new Who(AuditLabels.heading(actor.substring(12)), labels.text("settings.audit.actor.integration", locale));
		}
		return new Who(product, null);
	}
}
