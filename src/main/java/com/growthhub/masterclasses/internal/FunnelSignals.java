package com.growthhub.masterclasses.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.pipeline.DealWon;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.scheduling.AppointmentBooked;

/**
 * What other modules report that moves a registrant along: a call booked on the booking page a class offers
 * (Scheduled), and the registrant's masterclass deal won (Won). Forward-only moves make repeated events harmless.
 */
@Component
class FunnelSignals {

	private static final Actor SIGNALS = new Actor.Job("masterclass-funnel");

	private final RegistrationRepository registrations;
	private final RegistrationFunnel funnel;
	private final TenantTransactions transactions;

	FunnelSignals(RegistrationRepository registrations, RegistrationFunnel funnel, TenantTransactions transactions) {
		this.registrations = registrations;
		this.funnel = funnel;
		this.transactions = transactions;
	}

	@ApplicationModuleListener
	void on(AppointmentBooked booked) {
		transactions.run(booked.organizationId(), SIGNALS, () -> registrations
			.openOfContact(booked.organizationId(), booked.contactId().value(), booked.bookingPageId().value())
			.forEach(id -> funnel.advance(booked.organizationId(), SIGNALS, id, FunnelStatus.SCHEDULED)));
	}

	/** The registrations whose deal was won, by the deal's id each keeps (a title can be renamed or shared). */
	@ApplicationModuleListener
	void on(DealWon won) {
		transactions.run(won.organizationId(), SIGNALS, () -> registrations
			.openOfDeal(won.organizationId(), won.dealId().value())
			.forEach(id -> funnel.advance(won.organizationId(), SIGNALS, id, FunnelStatus.WON)));
	}
}
