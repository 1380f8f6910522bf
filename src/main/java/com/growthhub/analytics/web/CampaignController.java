package com.growthhub.analytics.web;

import java.text.ParseException;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.analytics.CampaignPlatform;
import com.growthhub.analytics.CampaignStatus;
import com.growthhub.analytics.internal.AnalyticsAccess;
import com.growthhub.analytics.internal.CampaignManagement;
import com.growthhub.analytics.internal.KpiEventInputException;
import com.growthhub.analytics.internal.OrganizationZones;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.Amount;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.shared.OrganizationId;

/** The campaigns page: the list with its filters, a campaign's form, and its spend month by month. */
@Controller
class CampaignController {

	private static final int PAGE = 50;

	private final CampaignManagement campaigns;
	private final AnalyticsAccess access;
	private final OrganizationZones zones;

	CampaignController(CampaignManagement campaigns, AnalyticsAccess access, OrganizationZones zones) {
		this.campaigns = campaigns;
		this.access = access;
		this.zones = zones;
	}

	@GetMapping("/analytics/campaigns")
	String list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable CampaignPlatform platform,
			@RequestParam(required = false) @Nullable CampaignStatus status,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		model.addAttribute("page", campaigns.list(organization, actor, platform, status, PageCursor.parse(cursor), PAGE));
		model.addAttribute("platform", platform == null ? "" : platform.key());
		model.addAttribute("status", status == null ? "" : status.key());
		model.addAttribute("filtered", platform != null || status != null);
		return choices(organization, actor, model, "analytics/campaigns");
	}

	@GetMapping("/analytics/campaigns/new")
	String create(OrganizationId organization, Actor actor, Model model) {
		access.write(organization, actor);
		model.addAttribute("form", CampaignForm.EMPTY);
		return choices(organization, actor, model, "analytics/campaign-form");
	}

	@PostMapping("/analytics/campaigns")
	String created(OrganizationId organization, Actor actor, CampaignForm form, Model model,
			RedirectAttributes redirect) {
		try {
			UUID id = campaigns.create(organization, actor, form.toDraft());
			redirect.addFlashAttribute("notice", "saved");
			return "redirect:/analytics/campaigns/" + id;
		}
		catch (KpiEventInputException | com.growthhub.analytics.internal.AnalyticsRefusedException refused) {
			return refused(organization, actor, model, form, null, refused);
		}
	}

	@GetMapping("/analytics/campaigns/{id}")
	String edit(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		CampaignManagement.Detail detail = campaigns.get(organization, actor, id);
		model.addAttribute("form", CampaignForm.of(detail.campaign()));
		return page(organization, actor, model, detail);
	}

	@PostMapping("/analytics/campaigns/{id}")
	String edited(OrganizationId organization, Actor actor, @PathVariable UUID id, CampaignForm form, Model model,
			RedirectAttributes redirect) {
		try {
			campaigns.update(organization, actor, id, form.toDraft());
			redirect.addFlashAttribute("notice", "saved");
			return "redirect:/analytics/campaigns/" + id;
		}
		catch (KpiEventInputException | com.growthhub.analytics.internal.AnalyticsRefusedException refused) {
			return refused(organization, actor, model, form, id, refused);
		}
	}

	@PostMapping("/analytics/campaigns/{id}/spend")
	String spend(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String month,
			@RequestParam String amount, RedirectAttributes redirect) {
		long cents;
		try {
			cents = amount.isBlank() ? 0 : Amount.parse(amount).cents();
		}
		catch (ParseException ex) {
			throw KpiEventInputException.campaignField("amount", "must be an amount such as 1200.50");
		}
		campaigns.spend(organization, actor, id, CampaignManagement.month(month), cents);
		redirect.addFlashAttribute("notice", "spendSaved");
		return "redirect:/analytics/campaigns/" + id + "#spend";
	}

	@PostMapping("/analytics/campaigns/{id}/delete")
	String delete(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		campaigns.delete(organization, actor, id);
		redirect.addFlashAttribute("notice", "deleted");
		return "redirect:/analytics/campaigns";
	}

	private String refused(OrganizationId organization, Actor actor, Model model, CampaignForm form, @Nullable UUID id,
			ProblemException refused) {
		model.addAttribute("form", form);
		model.addAttribute("error", refused.getMessage());
		if (id == null) {
			access.write(organization, actor);
			return choices(organization, actor, model, "analytics/campaign-form");
		}
		return page(organization, actor, model, campaigns.get(organization, actor, id));
	}

	private String page(OrganizationId organization, Actor actor, Model model, CampaignManagement.Detail detail) {
		model.addAttribute("campaign", detail.campaign());
		model.addAttribute("spend", CampaignSpendGrid.of(detail.spend(), YearMonth.from(zones.today(organization))));
		return choices(organization, actor, model, "analytics/campaign-form");
	}

	private String choices(OrganizationId organization, Actor actor, Model model, String view) {
		model.addAttribute("platforms", CampaignPlatform.values());
		model.addAttribute("statuses", CampaignStatus.values());
		model.addAttribute("canWrite", access.canWrite(organization, actor));
		return view;
	}
}
