package com.growthhub.analytics.web;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.analytics.internal.retention.DataRetention;
import com.growthhub.analytics.internal.retention.RetentionPeriods;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

@RestController
@RequestMapping("/api/v1/retention")
@Tag(name = "Retention", description = "How long each kind of record is kept, the nightly purge's last run and a dry run")
class RetentionApiController {

	private final DataRetention retention;

	RetentionApiController(DataRetention retention) {
		this.retention = retention;
	}

	record PeriodsRequest(@NotNull @Min(RetentionPeriods.MIN_YEARS) @Max(RetentionPeriods.MAX_YEARS) Integer leadsYears,
			@NotNull @Min(RetentionPeriods.MIN_YEARS) @Max(RetentionPeriods.MAX_YEARS) Integer activitiesYears,
			@NotNull @Min(RetentionPeriods.MIN_YEARS) @Max(RetentionPeriods.MAX_YEARS) Integer kpiEventsYears) {
	}

	@GetMapping
	@Operation(summary = "The periods in years (leads, activities, KPI events), the trash's period in days (set under "
			+ "the organization's contact settings) and the last run: times, duration and counts removed per type")
	DataRetention.Overview get(OrganizationId organization, Actor actor) {
		return retention.overview(organization, actor);
	}

	@PutMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Sets the three periods, 1 to 50 years each (admins); the next nightly run applies them")
	DataRetention.Overview put(OrganizationId organization, Actor actor, @Valid @RequestBody PeriodsRequest body) {
		return retention.update(organization, actor,
				new RetentionPeriods(body.leadsYears(), body.activitiesYears(), body.kpiEventsYears()));
	}

	@PostMapping("/dry-run")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "What a run would remove now, per type: count, oldest record and cutoff; deletes nothing (admins)")
	DataRetention.DryRun dryRun(OrganizationId organization, Actor actor) {
		return retention.dryRun(organization, actor, Clock.systemUTC());
	}
}
