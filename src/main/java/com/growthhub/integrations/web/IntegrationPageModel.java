package com.growthhub.integrations.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.growthhub.contacts.ContactSync;
import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.Connections;
import com.growthhub.integrations.internal.connections.ConnectorRegistry;
import com.growthhub.integrations.internal.connections.FieldMapping;
import com.growthhub.integrations.internal.connections.SyncDirection;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.sync.SyncRun;
import com.growthhub.integrations.internal.sync.SyncRuns;
import com.growthhub.integrations.internal.sync.TaskStatusMapping;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** What a connection's page shows, and the forms it posts read back into requests. */
@Component
class IntegrationPageModel {

	private final Connections connections;
	private final SyncRuns runs;
	private final ConnectorRegistry connectors;
	private final ContactSync contacts;
	private final TaskStatusMapping statusMapping;
	private final TenantTransactions transactions;

	IntegrationPageModel(Connections connections, SyncRuns runs, ConnectorRegistry connectors, ContactSync contacts,
			TaskStatusMapping statusMapping, TenantTransactions transactions) {
		this.statusMapping = statusMapping;
		this.transactions = transactions;
		this.connections = connections;
		this.runs = runs;
		this.connectors = connectors;
		this.contacts = contacts;
	}

	void detail(OrganizationId organization, Actor actor, Provider provider, @Nullable UUID runId, Model model) {
		Connection connection = connections.get(organization, actor, provider);
		List<SyncRun> history = runs.history(organization, actor, provider, null, 20);
		model.addAttribute("connection", connection);
		model.addAttribute("settingFields", connectors.get(provider).settings());
		model.addAttribute("contactSync", connectors.get(provider).syncsContacts());
		model.addAttribute("runs", history);
		model.addAttribute("live", history.stream().anyMatch(run -> run.status().live()));
		List<String> locals = new ArrayList<>(ContactSync.FIELDS);
		contacts.customFieldKeys(organization).forEach(key -> locals.add(ContactSync.CUSTOM + key));
		model.addAttribute("localFields", locals);
		Map<String, FieldMapping> byLocal = new HashMap<>();
		connection.mapping().forEach(field -> byLocal.put(field.local(), field));
		model.addAttribute("mappingByLocal", byLocal);
		if (provider == Provider.MONDAY) {
			model.addAttribute("statusLabels", transactions.call(organization, actor,
					() -> statusMapping.labels(organization, connection.id())));
		}
		UUID shown = runId != null ? runId : history.isEmpty() ? null : history.getFirst().id();
		if (shown != null) {
			model.addAttribute("shownRun", runs.get(organization, actor, provider, shown));
			model.addAttribute("runErrors", runs.errors(organization, actor, provider, shown, null, 100));
		}
	}

	/** The Monday.com status mapping form: {@code label.<status>} for each task status. */
	Map<String, String> saveStatusMapping(OrganizationId organization, Actor actor, Provider provider, Map<String, String> form) {
		if (provider != Provider.MONDAY) {
			throw NotFoundException.of("Status mapping");
		}
		Connection connection = connections.get(organization, actor, provider);
		Map<String, String> labels = new java.util.LinkedHashMap<>();
		TaskStatusMapping.STATUSES.forEach(status -> labels.put(status, form.getOrDefault("label." + status, "")));
		return transactions.call(organization, actor, () -> statusMapping.replace(organization, connection.id(), labels));
	}

	Connection saveSettings(OrganizationId organization, Actor actor, Provider provider, Map<String, String> form) {
		Map<String, String> settings = new HashMap<>();
		connectors.get(provider).settings().forEach(setting -> {
			String value = form.get("setting." + setting.key());
			if (value != null) {
				settings.put(setting.key(), value.strip());
			}
		});
		SyncDirection direction = "both".equals(form.get("direction")) ? SyncDirection.BOTH : SyncDirection.IMPORT;
		return connections.configure(organization, actor, provider, direction, checked(form, "syncDeletions"),
				checked(form, "pushDeletions"), settings);
	}

	private static boolean checked(Map<String, String> form, String box) {
		return "on".equals(form.get(box)) || "true".equals(form.get(box));
	}

	/** One row per local field: a remote field name (blank leaves the field unmapped) and a direction. */
	List<FieldMapping> saveMapping(OrganizationId organization, Actor actor, Provider provider, Map<String, String> form) {
		List<FieldMapping> mapping = new ArrayList<>();
		form.forEach((name, value) -> {
			if (name.startsWith("remote.") && !value.isBlank()) {
				String local = name.substring("remote.".length());
				String flow = form.getOrDefault("direction." + local, "both");
				mapping.add(new FieldMapping(local, value.strip(), switch (flow) {
					case "import" -> FieldMapping.Flow.IMPORT;
					case "export" -> FieldMapping.Flow.EXPORT;
					default -> FieldMapping.Flow.BOTH;
				}));
			}
		});
		return connections.replaceMapping(organization, actor, provider, mapping);
	}
}
