package com.growthhub.billing.internal.invoices;

import org.jspecify.annotations.Nullable;

/** The seller on an invoice: name and postal address, either absent until filled in on the billing settings page. */
public record Seller(@Nullable String name, @Nullable String address) {
}
