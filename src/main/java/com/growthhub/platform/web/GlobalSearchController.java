package com.growthhub.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.platform.search.GlobalSearch;
import com.growthhub.platform.search.SearchHit;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** The search palette's results (htmx) and, without JavaScript or after Enter, the same results as a page. */
@Controller
class GlobalSearchController {

	private static final int PALETTE_HITS_PER_KIND = 5;
	private static final int PAGE_HITS_PER_KIND = 20;

	private final GlobalSearch search;

	GlobalSearchController(GlobalSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String page(OrganizationId organization, Actor actor, @RequestParam(defaultValue = "") String q, Model model) {
		addResults(model, q, search.search(organization, actor, q, PAGE_HITS_PER_KIND));
		return "search/results";
	}

	@GetMapping("/search/palette")
	String palette(OrganizationId organization, Actor actor, @RequestParam(defaultValue = "") String q, Model model) {
		addResults(model, q, search.search(organization, actor, q, PALETTE_HITS_PER_KIND));
		return "search/results :: hits";
	}

	private static void addResults(Model model, String q, List<SearchHit> hits) {
		model.addAttribute("q", q.strip());
		// The sources answer in their order; grouping keeps it.
		model.addAttribute("hitsByKind",
				hits.stream().collect(Collectors.groupingBy(SearchHit::kind, LinkedHashMap::new, Collectors.toList())));
	}
}
