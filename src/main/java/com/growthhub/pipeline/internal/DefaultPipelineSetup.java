package com.growthhub.pipeline.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.identity.OrganizationCreated;
import com.growthhub.platform.tenancy.Actor;

/** A new organization starts with the "Sales" pipeline (New, Contacted, Consult Booked, Won, Lost). */
@Component
class DefaultPipelineSetup {

	private final Pipelines pipelines;

	DefaultPipelineSetup(Pipelines pipelines) {
		this.pipelines = pipelines;
	}

	@ApplicationModuleListener
	void on(OrganizationCreated event) {
		pipelines.list(event.organizationId(), new Actor.Job("pipeline-setup"));
	}
}
