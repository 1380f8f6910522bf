package com.growthhub.billing.internal.lines;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code growthhub.billing.phone-lines.*}: what a purchased line costs per month. The price is the starting price of
 * an agency's "Phone line" product (which the agency then edits on its price list) and what an organization without an
 * agency sees as its recurring charge.
 *
 * @param monthlyPriceCents per line and month, in the minor unit of {@code currency}
 * @param currency for organizations billed by the installation itself; an agency's product takes the agency's currency
 * @param issue issue the monthly invoices at once (emailed, payable); {@code false} leaves them as drafts to review
 */
@ConfigurationProperties("growthhub.billing.phone-lines")
public record PhoneLineSettings(@DefaultValue("1500") long monthlyPriceCents, @DefaultValue("USD") String currency,
		@DefaultValue("0") BigDecimal taxRate, @DefaultValue("true") boolean issue) {
}
