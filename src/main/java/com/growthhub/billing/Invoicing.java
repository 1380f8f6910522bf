package com.growthhub.billing;

import java.util.UUID;

import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Issues a one-line invoice for other modules that sell something (a masterclass seat): drafted by {@code creator} (a
 * member, the invoice's author), issued at once with the next number, emailed to the contact like any issued invoice.
 * Joins the caller's transaction of the organization, so a failure later in it leaves no invoice behind.
 */
public interface Invoicing {

	/**
	 * @param priceCents the line's price in the currency's minor unit, tax-free (above zero)
	 * @param currency ISO 4217
	 */
	IssuedInvoice issueFor(OrganizationId organization, UUID creator, ContactId contact, String lineDescription,
			long priceCents, String currency);

	/** @param publicPath the customer's page of the invoice ({@code /i/{token}}), where Stripe Checkout takes the payment */
	record IssuedInvoice(InvoiceId invoiceId, String publicPath) {
	}
}
