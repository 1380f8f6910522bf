package com.growthhub.billing.internal.invoices;

import org.jspecify.annotations.Nullable;

/**
 * The seller on an invoice: name, postal address and logo, each absent until set on the billing settings page.
 *
 * @param logo the logo as a {@code data:} URI, so the PDF renderer embeds it without reading anything from outside
 */
public record Seller(@Nullable String name, @Nullable String address, @Nullable String logo) {
}
