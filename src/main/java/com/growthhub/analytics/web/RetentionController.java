package com.growthhub.analytics.web;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.analytics.internal.retention.DataRetention;
import com.growthhub.analytics.internal.retention.RetentionPeriods;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Settings › Data retention (admins): the periods, the last nightly run, and a dry run on demand. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RetentionController {

	private final DataRetention retention;

	RetentionController(DataRetention retention) {
		this.retention = retention;
	}

	@GetMapping("/settings/retention")
	String page(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("retention", retention.overview(organization, actor));
		model.addAttribute("minYears", RetentionPeriods.MIN_YEARS);
		model.addAttribute("maxYears", RetentionPeriods.MAX_YEARS);
		return "analytics/retention";
	}

	@PostMapping("/settings/retention")
	String save(OrganizationId organization, Actor actor, @RequestParam int leadsYears, @RequestParam int activitiesYears,
			@RequestParam int kpiEventsYears, RedirectAttributes redirect) {
		if (!allowed(leadsYears) || !allowed(activitiesYears) || !allowed(kpiEventsYears)) {
			redirect.addFlashAttribute("problemKey", "retention.invalid");
			return "redirect:/settings/retention";
		}
		retention.update(organization, actor, new RetentionPeriods(leadsYears, activitiesYears, kpiEventsYears));
		redirect.addFlashAttribute("notice", "retention.saved");
		return "redirect:/settings/retention";
	}

	/** The dry run's table, swapped into the page by htmx. */
	@PostMapping("/settings/retention/dry-run")
	String dryRun(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("dryRun", retention.dryRun(organization, actor, Clock.systemUTC()));
		return "analytics/retention-dry-run :: result";
	}

	private static boolean allowed(int years) {
		return years >= RetentionPeriods.MIN_YEARS && years <= RetentionPeriods.MAX_YEARS;
	}
}
