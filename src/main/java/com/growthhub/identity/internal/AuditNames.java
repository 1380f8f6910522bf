package com.growthhub.identity.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.identity.AuditedRecords;
import com.growthhub.shared.OrganizationId;

/**
 * The audit log's names for ids, from the modules that own the records ({@link AuditedRecords}): one query per entity
 * type for a whole page of events, never one per row.
 */
@Component
class AuditNames {

	private final List<AuditedRecords> modules;

	AuditNames(List<AuditedRecords> modules) {
		this.modules = modules;
	}

	/** The names found for a page, by entity type and id. */
	record Found(Map<String, Map<UUID, String>> names) {

		@Nullable String of(String entityType, UUID id) {
			return names.getOrDefault(entityType, Map.of()).get(id);
		}
	}

	/** Every entity type some module records, sorted. */
	Set<String> entityTypes() {
		Set<String> types = new TreeSet<>();
		modules.forEach(module -> types.addAll(module.entityTypes()));
		return types;
	}

	/** Which entity type each column that holds an id points at, over all modules. */
	Map<String, String> references() {
		Map<String, String> references = new HashMap<>();
		modules.forEach(module -> references.putAll(module.references()));
		return references;
	}

	/** Asks each owning module once for the names of the wanted ids of its types. */
	Found find(OrganizationId organization, Map<String, Set<UUID>> wanted) {
		Map<String, Map<UUID, String>> names = new HashMap<>();
		wanted.forEach((type, ids) -> {
			if (ids.isEmpty()) {
				return;
			}
			modules.stream()
				.filter(module -> module.entityTypes().contains(type))
				.findFirst()
				.ifPresent(module -> names.put(type, module.names(organization, type, ids)));
		});
		return new Found(names);
	}
}
