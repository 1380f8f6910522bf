package com.growthhub.analytics.internal;

import java.time.YearMonth;

/** What a campaign spent in one calendar month, in its currency. */
public record MonthlySpend(YearMonth month, long amountCents) {
}
