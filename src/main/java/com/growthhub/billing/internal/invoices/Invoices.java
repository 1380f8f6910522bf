package com.growthhub.billing.internal.invoices;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import com.growthhub.billing.InvoiceStatus;
import com.growthhub.billing.ProviderDirectory;
import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.security.InstallationSecrets;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Writing invoices: drafts are created and changed freely (lines replaced as a whole, totals recomputed by
 * {@link InvoiceTotals}); an issued invoice's lines never change again. Voiding and writing off move the status of an
 * issued invoice; issuing itself is {@link InvoiceIssuing}.
 */
@Service
public class Invoices {

	private final InvoiceRepository repository;
	private final TenantTransactions transactions;
	private final BillingAccess access;
	private final ContactDirectory contacts;
	private final OrganizationPreferences preferences;
	private final ProviderDirectory providers;

	Invoices(InvoiceRepository repository, TenantTransactions transactions, BillingAccess access, ContactDirectory contacts,
			OrganizationPreferences preferences, ObjectProvider<ProviderDirectory> providers) {
		// Analytics names the providers; without it, lines name none.
		this.providers = providers.getIfAvailable(() -> ProviderDirectory.NONE);
		this.repository = repository;
		this.transactions = transactions;
		this.access = access;
		this.contacts = contacts;
		this.preferences = preferences;
	}

	public InvoiceView get(OrganizationId organization, Actor actor, UUID id) {
		access.read(organization, actor);
		return transactions.call(organization, actor, () -> find(organization, id));
	}

	public InvoiceView create(OrganizationId organization, Actor actor, InvoiceDraft draft) {
		access.writeDrafts(organization, actor);
		InvoiceChecks.lines(draft.lines());
		UUID id = Ids.next();
		transactions.run(organization, actor, () -> {
			String currency = InvoiceChecks.currency(draft.currency(), preferences.defaultCurrency(organization));
			checkReferences(organization, actor, draft);
			repository.insert(organization, id, actor.userId(), draft, currency, InstallationSecrets.randomToken(32),
					InvoiceTotals.of(draft.lines()));
		});
		return get(organization, actor, id);
	}

	/** Replaces a draft's contact, currency, due date, notes and lines; 409 once it is issued. */
	public InvoiceView update(OrganizationId organization, Actor actor, UUID id, InvoiceDraft draft) {
		access.writeDrafts(organization, actor);
		InvoiceChecks.lines(draft.lines());
		transactions.run(organization, actor, () -> {
			InvoiceView current = repository.lock(organization, id).orElseThrow(() -> NotFoundException.of("Invoice"));
			if (!current.draft()) {
				throw InvoiceRefusedException.status("changed", current.status());
			}
			String currency = InvoiceChecks.currency(draft.currency(), current.currency());
			checkReferences(organization, actor, draft);
			repository.update(organization, id, draft, currency, InvoiceTotals.of(draft.lines()));
		});
		return get(organization, actor, id);
	}

	public void deleteDraft(OrganizationId organization, Actor actor, UUID id) {
		access.writeDrafts(organization, actor);
		transactions.run(organization, actor, () -> {
			InvoiceView current = repository.lock(organization, id).orElseThrow(() -> NotFoundException.of("Invoice"));
			if (!current.draft()) {
				throw InvoiceRefusedException.status("deleted (void it instead)", current.status());
			}
			repository.deleteDraft(organization, id);
		});
	}

	/** An issued invoice nothing was paid on is cancelled: it keeps its number and is owed by no one. */
	public InvoiceView voidInvoice(OrganizationId organization, Actor actor, UUID id) {
		access.bill(organization, actor);
		transactions.run(organization, actor, () -> {
			InvoiceView current = repository.lock(organization, id).orElseThrow(() -> NotFoundException.of("Invoice"));
			if (current.status() != InvoiceStatus.OPEN && current.status() != InvoiceStatus.UNCOLLECTIBLE) {
				throw InvoiceRefusedException.status("voided", current.status());
			}
			if (current.amountPaidCents() > 0) {
				throw InvoiceRefusedException.rule("Invoice has payments",
						"Refund its payments or issue a credit note: an invoice with payments cannot be voided.");
			}
			repository.setStatus(organization, id, InvoiceStatus.VOID);
		});
		return get(organization, actor, id);
	}

	/** Writes off what is still due; a late payment is still recorded against it. */
	public InvoiceView markUncollectible(OrganizationId organization, Actor actor, UUID id) {
		access.bill(organization, actor);
		transactions.run(organization, actor, () -> {
			InvoiceView current = repository.lock(organization, id).orElseThrow(() -> NotFoundException.of("Invoice"));
			if (current.status() != InvoiceStatus.OPEN && current.status() != InvoiceStatus.PARTIALLY_PAID) {
				throw InvoiceRefusedException.status("marked uncollectible", current.status());
			}
			repository.setStatus(organization, id, InvoiceStatus.UNCOLLECTIBLE);
		});
		return get(organization, actor, id);
	}

	InvoiceView find(OrganizationId organization, UUID id) {
		return repository.find(organization, id).orElseThrow(() -> NotFoundException.of("Invoice"));
	}

	private void checkReferences(OrganizationId organization, Actor actor, InvoiceDraft draft) {
		try {
			contacts.nameOf(organization, actor, ContactId.of(draft.contactId()));
		}
		catch (NotFoundException ex) {
			throw InvoiceInputException.field("contactId", "is not a contact of this organization");
		}
		for (int i = 0; i < draft.lines().size(); i++) {
			UUID product = draft.lines().get(i).productId();
			if (product != null && !repository.productExists(organization, product)) {
				throw InvoiceInputException.field("lines[" + i + "].productId", "is not a product of this organization");
			}
			UUID provider = draft.lines().get(i).providerId();
			if (provider != null && providers.nameOf(organization, provider).isEmpty()) {
				throw InvoiceInputException.field("lines[" + i + "].providerId", "is not a provider of this organization");
			}
			String code = draft.lines().get(i).procedureCode();
			if (code != null && !providers.procedureCodes(organization).contains(code)) {
				throw InvoiceInputException.field("lines[" + i + "].procedureCode", "is not a procedure code of this organization");
			}
		}
	}
}
