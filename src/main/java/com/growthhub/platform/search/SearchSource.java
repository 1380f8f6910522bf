package com.growthhub.platform.search;

import java.util.List;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Something the global search (Ctrl/Cmd-K, {@code GET /api/v1/search}) looks through, contributed by the module
 * that owns it as a bean: contacts, deals, pages. Each answers only what the actor may open.
 */
public interface SearchSource {

	/** The kind of its hits, lower-case, e.g. {@code contact}; also their group in the results. */
	String kind();

	/** Lower comes first in the results. */
	int order();

	/** At most {@code limit} hits for a query of at least one letter, best first. */
	List<SearchHit> search(OrganizationId organization, Actor actor, String query, int limit);
}
