package com.growthhub.identity;

import java.util.List;

import com.growthhub.shared.OrganizationId;

/** Every organization of the installation, for jobs that work through them one by one (e.g. the nightly retention). */
public interface OrganizationRoster {

	/** The ids of all organizations, oldest first. */
	List<OrganizationId> all();
}
