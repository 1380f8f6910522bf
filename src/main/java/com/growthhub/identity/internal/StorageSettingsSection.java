package com.growthhub.identity.internal;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.identity.OrganizationSettingsSection;
import com.growthhub.platform.files.StorageUsage;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The organization's file storage as a read-only setting: {@code storage: {usedBytes, quotaBytes}}. The quota is the
 * installation's ({@code GROWTHHUB_STORAGE_QUOTA}), not something an organization's admin may raise.
 */
@Component
class StorageSettingsSection implements OrganizationSettingsSection {

	private final StoredFiles files;

	StorageSettingsSection(StoredFiles files) {
		this.files = files;
	}

	@Override
	public Set<String> keys() {
		return Set.of("storage");
	}

	@Override
	public Map<String, Object> read(OrganizationId organization) {
		StorageUsage usage = files.usage(organization);
		return Map.of("storage", Map.of("usedBytes", usage.usedBytes(), "quotaBytes", usage.quotaBytes()));
	}

	@Override
	public void update(OrganizationId organization, Actor actor, Map<String, @Nullable Object> changes) {
		throw new InvalidPreferenceException("storage", "is read-only: the quota is set for the whole installation");
	}
}
