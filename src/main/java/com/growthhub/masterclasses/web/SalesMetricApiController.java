package com.growthhub.masterclasses.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.masterclasses.internal.insights.SalesMetrics;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Masterclass insights")
class SalesMetricApiController {

	private final SalesMetrics metrics;

	SalesMetricApiController(SalesMetrics metrics) {
		this.metrics = metrics;
	}

	@GetMapping("/api/v1/masterclasses/{id}/sales-metrics")
	@Operation(summary = "Per rep, the sales calls booked from the class by its registrants: booked, held (completed), "
			+ "won and revenue (the registrants' won deals, credited to the rep of their call), with totals")
	SalesMetrics.Report get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return metrics.perRep(organization, actor, id);
	}
}
