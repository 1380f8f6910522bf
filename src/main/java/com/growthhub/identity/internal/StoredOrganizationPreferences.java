package com.growthhub.identity.internal;

import java.time.ZoneId;

import org.springframework.stereotype.Component;

import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.shared.OrganizationId;

@Component
class StoredOrganizationPreferences implements OrganizationPreferences {

	private final Organizations organizations;

	StoredOrganizationPreferences(Organizations organizations) {
		this.organizations = organizations;
	}

	@Override
	public String defaultCurrency(OrganizationId organization) {
		return organizations.get(organization).defaultCurrency();
	}

	@Override
	public ZoneId timeZone(OrganizationId organization) {
		return ZoneId.of(organizations.get(organization).timeZone());
	}
}
