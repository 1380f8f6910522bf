package com.growthhub.forms.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Published versions by form id for the public endpoints, kept in memory for a few seconds so that accepting a
 * submission costs one insert and no read. A publish on this node is seen at once; on other nodes within
 * {@link FormSettingsProperties#liveCacheTtl()}. Submissions still record the version they were checked against.
 */
@Component
public class LiveForms {

	private static final Actor PUBLIC = new Actor.Job("public-forms");

	private record Entry(Optional<LiveForm> form, long expiresAt) {
	}

	private final FormRepository repository;
	private final FormDefinitions definitions;
	private final TenantTransactions transactions;
	private final Duration ttl;
	private final ConcurrentHashMap<UUID, Entry> cache = new ConcurrentHashMap<>();

	LiveForms(FormRepository repository, FormDefinitions definitions, TenantTransactions transactions,
			FormSettingsProperties settings) {
		this.repository = repository;
		this.definitions = definitions;
		this.transactions = transactions;
		this.ttl = settings.liveCacheTtl();
	}

	public Optional<LiveForm> find(UUID formId) {
		long now = System.nanoTime();
		Entry entry = cache.get(formId);
		if (entry == null || entry.expiresAt() - now < 0) {
			entry = new Entry(load(formId), now + ttl.toNanos());
			if (cache.size() > 10_000) {
				cache.clear();
			}
			cache.put(formId, entry);
		}
		return entry.form();
	}

	void forget(UUID formId) {
		cache.remove(formId);
	}

	private Optional<LiveForm> load(UUID formId) {
		return transactions.call(TenantScope.system(PUBLIC), () -> repository.live(formId))
			.map(row -> new LiveForm(row.formId(), OrganizationId.of(row.organizationId()), row.version(),
					definitions.stored(row.definition()), row.createdBy()));
	}
}
