package com.growthhub.masterclasses.internal;

import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.billing.InvoicePaid;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * A paid invoice of a registration moves it to Paid and mails the confirmation with a join link. The link's token is
 * made new here (only its hash is stored, and the registration got none it could use yet); the forward-only funnel
 * move is the guard, so an event delivered twice sends one email.
 */
@Component
class RegistrationPayments {

	private static final Actor PAYMENTS = new Actor.Job("masterclass-payments");

	private final RegistrationRepository registrations;
	private final MasterclassRepository classes;
	private final RegistrationFunnel funnel;
	private final SeatMail mail;
	private final TenantTransactions transactions;

	RegistrationPayments(RegistrationRepository registrations, MasterclassRepository classes, RegistrationFunnel funnel,
			SeatMail mail, TenantTransactions transactions) {
		this.registrations = registrations;
		this.classes = classes;
		this.funnel = funnel;
		this.mail = mail;
		this.transactions = transactions;
	}

	@ApplicationModuleListener
	void on(InvoicePaid paid) {
		paid(paid.organizationId(), paid.invoiceId().value());
	}

	void paid(OrganizationId organization, UUID invoiceId) {
		transactions.run(organization, PAYMENTS, () -> registrations.lockByInvoice(organization, invoiceId)
			.ifPresent(stored -> {
				RegistrationView registration = stored.view();
				if (!funnel.advance(organization, PAYMENTS, registration.id(), FunnelStatus.PAID)
						|| registration.contactId() == null) {
					return;
				}
				String token = JoinTokens.newToken();
				registrations.newToken(registration.id(), JoinTokens.hash(token));
				classes.find(organization, registration.masterclassId())
					.ifPresent(masterclass -> mail.confirm(organization, masterclass, new SeatMail.Registrant(
							registration.id(), registration.contactId(), registration.name(), registration.email()),
							token));
			}));
	}
}
