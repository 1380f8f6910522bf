package com.growthhub.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Dashboard", description = "What the home page shows, as data")
class DashboardApiController {

	private final ObjectProvider<DashboardWidget> widgets;

	DashboardApiController(ObjectProvider<DashboardWidget> widgets) {
		this.widgets = widgets;
	}

	@GetMapping("/api/v1/dashboard")
	@Operation(summary = "Every module's dashboard figures for the current organization, by module key")
	Map<String, Object> dashboard(OrganizationId organization, Actor actor) {
		Map<String, Object> result = new LinkedHashMap<>();
		widgets.stream()
			.sorted(Comparator.comparingInt(DashboardWidget::order))
			.forEach(widget -> result.put(widget.key(), widget.model(organization, actor)));
		return result;
	}
}
