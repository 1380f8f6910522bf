package com.growthhub.pipeline;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * The organization's service catalog, read by other modules. Both calls join the caller's transaction when it
 * serves the same organization.
 */
public interface ServiceOffers {

	/** The active services by code, as pickers offer them. */
	List<ServiceOffer> live(OrganizationId organization);

	/** The services with these ids, archived ones included, in one query; unknown ids are left out. */
	Map<UUID, ServiceOffer> byIds(OrganizationId organization, Collection<UUID> ids);
}
