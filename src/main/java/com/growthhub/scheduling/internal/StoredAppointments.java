package com.growthhub.scheduling.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.AppointmentId;
import com.growthhub.scheduling.Appointments;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

@Component
class StoredAppointments implements Appointments {

	private static final Actor READER = new Actor.Job("scheduling");

	private final AppointmentRepository repository;
	private final TenantTransactions transactions;

	StoredAppointments(AppointmentRepository repository, TenantTransactions transactions) {
		this.repository = repository;
		this.transactions = transactions;
	}

	@Override
	public Optional<Appointment> find(OrganizationId organization, AppointmentId id) {
		return transactions.call(TenantScope.organization(organization, READER),
				() -> repository.find(organization, id.value()));
	}

	@Override
	public List<Appointment> forRep(OrganizationId organization, UserId rep, Instant from, Instant to) {
		return transactions.call(TenantScope.organization(organization, READER),
				() -> repository.forRep(organization, rep.value(), from, to));
	}
}
