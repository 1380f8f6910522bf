package com.growthhub.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.growthhub.platform.tenancy.TenantContext;

/** The home page: a welcome card and the widgets business modules contribute. */
@Controller
class DashboardController {

	private final ObjectProvider<DashboardWidget> widgets;

	DashboardController(ObjectProvider<DashboardWidget> widgets) {
		this.widgets = widgets;
	}

	record RenderedWidget(String title, String fragment, Map<String, Object> model) {
	}

	@GetMapping("/")
	String dashboard(Model model) {
		if (TenantContext.organizationId().isEmpty()) {
			return "dashboard/no-organization";
		}
		List<RenderedWidget> rendered = widgets.stream()
			.sorted(Comparator.comparingInt(DashboardWidget::order))
			.map(widget -> new RenderedWidget(widget.title(), widget.fragment(), widget.model()))
			.toList();
		model.addAttribute("widgets", rendered);
		return "dashboard/index";
	}
}
