package com.growthhub.billing.internal.payments.stripe;

import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/** What one Checkout Session asks the customer to pay: the invoice's amount due, as one line. */
public record CheckoutRequest(OrganizationId organizationId, UUID invoiceId, String description, long amountCents,
		String currency, String returnUrl) {
}
