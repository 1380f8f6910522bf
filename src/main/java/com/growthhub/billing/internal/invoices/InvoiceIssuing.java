package com.growthhub.billing.internal.invoices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.growthhub.billing.InvoiceId;
import com.growthhub.billing.InvoiceIssued;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * Issues a draft in one transaction: the row is locked, the next gapless number of the organization and year is taken
 * (see {@link InvoiceNumbers}), the dates are set and {@link InvoiceIssued} is published; the email with the PDF follows
 * from that event ({@link InvoiceEmails}), so the counter's lock is held only for a few statements. Any failure rolls
 * all of it back, the number included, so numbers have no gaps.
 */
@Service
public class InvoiceIssuing {

	private final InvoiceRepository repository;
	private final InvoiceNumbers numbers;
	private final BillingSettings settings;
	private final TenantTransactions transactions;
	private final BillingAccess access;
	private final OrganizationPreferences preferences;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	InvoiceIssuing(InvoiceRepository repository, InvoiceNumbers numbers, BillingSettings settings,
			TenantTransactions transactions, BillingAccess access, OrganizationPreferences preferences,
			ApplicationEventPublisher events,
			org.springframework.beans.factory.ObjectProvider<Clock> clock) {
		this.repository = repository;
		this.numbers = numbers;
		this.settings = settings;
		this.transactions = transactions;
		this.access = access;
		this.preferences = preferences;
		this.events = events;
		// Tests may fix the date with a Clock bean; the application itself has none and uses the system clock.
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public InvoiceView issue(OrganizationId organization, Actor actor, UUID id) {
		access.bill(organization, actor);
		return transactions.call(organization, actor, () -> {
			InvoiceView draft = repository.lock(organization, id).orElseThrow(() -> NotFoundException.of("Invoice"));
			if (!draft.draft()) {
				throw InvoiceRefusedException.status("issued again", draft.status());
			}
			if (draft.lines().isEmpty()) {
				throw InvoiceRefusedException.rule("Invoice has no lines", "Add at least one line before issuing.");
			}
			BillingSettings.Values values = settings.current(organization);
			LocalDate today = LocalDate.now(clock.withZone(preferences.timeZone(organization)));
			LocalDate due = draft.dueDate() != null && !draft.dueDate().isBefore(today) ? draft.dueDate()
					: today.plusDays(values.paymentTermsDays());
			String number = numbers.next(organization, InvoiceNumbers.Kind.INVOICE, today.getYear(),
					new NumberPattern(values.invoiceNumberPattern()));
			repository.issue(organization, id, number, today, due);
			InvoiceView issued = repository.find(organization, id).orElseThrow();
			events.publishEvent(new InvoiceIssued(organization, InvoiceId.of(id), issued.contactId(), number,
					issued.totalCents(), issued.currency()));
			return issued;
		});
	}
}
