package com.growthhub.pipeline.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.identity.OrganizationCreated;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.platform.tenancy.TenantScope;

/** A new organization starts with the "Sales" pipeline (New, Contacted, Consult Booked, Won, Lost). */
@Component
class DefaultPipelineSetup {

	private final Pipelines pipelines;

	DefaultPipelineSetup(Pipelines pipelines) {
		this.pipelines = pipelines;
	}

	@ApplicationModuleListener
	void on(OrganizationCreated event) {
		TenantContext.run(TenantScope.organization(event.organizationId(), new Actor.Job("pipeline-setup")),
				() -> pipelines.list(event.organizationId()));
	}
}
