package com.growthhub.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.shared.OrganizationId;

/** The home page: a welcome card and the widgets business modules contribute. */
@Controller
class DashboardController {

	private final ObjectProvider<DashboardWidget> widgets;

	DashboardController(ObjectProvider<DashboardWidget> widgets) {
		this.widgets = widgets;
	}

	record RenderedWidget(String key, String title, String fragment, Map<String, Object> model) {
	}

	/** A person without an organization yet gets a page that says so, rather than an error. */
	@GetMapping("/")
	String dashboard(Actor actor, Model model) {
		Optional<OrganizationId> organization = TenantContext.organizationId();
		if (organization.isEmpty()) {
			return "dashboard/no-organization";
		}
		List<RenderedWidget> rendered = widgets.stream()
			.sorted(Comparator.comparingInt(DashboardWidget::order))
			.map(widget -> new RenderedWidget(widget.key(), widget.title(), widget.fragment(),
					widget.model(organization.get(), actor)))
			.toList();
		model.addAttribute("widgets", rendered);
		return "dashboard/index";
	}
}
