package com.growthhub.billing.internal.payments;

/** What a month brought in one currency, refunds taken off. @param month {@code 2026-03} */
public record MonthlyRevenue(String month, String currency, long netCents) {
}
