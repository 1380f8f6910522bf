package com.growthhub.contacts.internal.imports;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactImports.Options;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

/** Which import a batch belongs to, who runs it, and its options. */
record BatchSetup(UUID organization, UUID importId, Actor actor, Options options) {

	/** Who owns and created the new contacts: the person importing, or nobody for a job or an integration. */
	@Nullable UUID owner() {
		return actor.userId();
	}

	/** The scope of a second session that writes part of the batch. */
	TenantScope scope() {
		return TenantScope.acting(OrganizationId.of(organization), actor);
	}
}
