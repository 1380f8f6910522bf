package com.growthhub.masterclasses.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.masterclasses.internal.insights.InsightReport;
import com.growthhub.masterclasses.internal.insights.MasterclassInsights;
import com.growthhub.masterclasses.internal.insights.SalesMetrics;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** A masterclass's insights page: figures with a chart and a table each, the insights, the funnel, sales per rep. */
@Controller
class InsightController {

	private final MasterclassInsights insights;
	private final SalesMetrics sales;
	private final MessageSource messages;

	InsightController(MasterclassInsights insights, SalesMetrics sales, MessageSource messages) {
		this.insights = insights;
		this.sales = sales;
		this.messages = messages;
	}

	@GetMapping("/masterclasses/{id}/insights")
	String page(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model, Locale locale) {
		InsightReport report = insights.report(organization, actor, id);
		model.addAttribute("report", report);
		model.addAttribute("masterclass", report.masterclass());
		model.addAttribute("figures", report.figures());
		model.addAttribute("charts", InsightCharts.of(report.figures(), text("insights.registrations", locale),
				text("insights.viewers", locale), text("insights.chat", locale), text("insights.funnel", locale)));
		model.addAttribute("sales", sales.perRep(organization, actor, id));
		return "masterclasses/insights";
	}

	@PostMapping("/masterclasses/{id}/insights/ai")
	String writeWithAi(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			boolean written = insights.writeWithAi(organization, actor, id);
			redirect.addFlashAttribute(written ? "notice" : "caution", written ? "insights.ai.written" : "insights.ai.unconfigured");
		}
		catch (ErrorResponseException refused) {
			RefusedAction.flash(redirect, refused);
		}
		return "redirect:/masterclasses/" + id + "/insights";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
