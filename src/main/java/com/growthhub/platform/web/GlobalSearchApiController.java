package com.growthhub.platform.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.platform.search.GlobalSearch;
import com.growthhub.platform.search.SearchHit;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Search", description = "One query over contacts, deals and the app's pages")
class GlobalSearchApiController {

	private final GlobalSearch search;

	GlobalSearchApiController(GlobalSearch search) {
		this.search = search;
	}

	/** The hits of every kind, grouped by kind in a fixed order; one page only, as a search box shows it. */
	record SearchResults(List<SearchHit> items) {
	}

	@GetMapping("/api/v1/search")
	@Operation(summary = "Search contacts, deals and pages the caller may open",
			description = "Up to `limit` hits of each kind (contact, deal, page), best first. A blank query answers no hits.")
	SearchResults search(OrganizationId organization, Actor actor,
			@Parameter(description = "What to look for: part of a name, an email, a phone number, a deal title")
			@RequestParam(defaultValue = "") String q,
			@Parameter(description = "Hits per kind, 1 to 20") @RequestParam(defaultValue = "5") int limit) {
		return new SearchResults(search.search(organization, actor, q, limit));
	}
}
