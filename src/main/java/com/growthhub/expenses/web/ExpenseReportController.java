package com.growthhub.expenses.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.expenses.internal.ExpenseCategories;
import com.growthhub.expenses.internal.ExpenseFilter;
import com.growthhub.expenses.internal.ExpenseReports;
import com.growthhub.expenses.internal.ExpenseStatus;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Expenses › Report: totals per currency by category, type, person, event or month, a chart, and the CSV. */
@Controller
class ExpenseReportController {

	private final ExpenseReports reports;
	private final ExpenseCategories categories;

	ExpenseReportController(ExpenseReports reports, ExpenseCategories categories) {
		this.reports = reports;
		this.categories = categories;
	}

	@GetMapping("/expenses/report")
	String report(OrganizationId organization, Actor actor, @RequestParam(defaultValue = "category") String groupBy,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String eventId, Model model) {
		ExpenseFilter filter = ExpenseFilter.parse(status, eventId, category, from, to, null);
		ExpenseReports.GroupBy grouping = ExpenseReports.GroupBy.parse(groupBy);
		model.addAttribute("report", reports.report(organization, actor, grouping, filter));
		model.addAttribute("groupings", ExpenseReports.GroupBy.values());
		model.addAttribute("filter", filter.asParameters());
		model.addAttribute("query", ExpensePageModel.query(filter));
		model.addAttribute("categories", categories.list(organization, actor, true));
		model.addAttribute("statuses", ExpenseStatus.values());
		return "expenses/report";
	}
}
