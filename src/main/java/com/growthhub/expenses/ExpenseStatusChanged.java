package com.growthhub.expenses;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * An expense moved: submitted, approved, rejected or reimbursed. Carries the amount and the event it was for, so a
 * consumer (an event's budget) needs no look-up. Statuses are lower-case ({@code submitted}, {@code approved} …).
 */
@DomainEvent
public record ExpenseStatusChanged(OrganizationId organizationId, ExpenseId expenseId, String from, String to,
		long amountCents, String currency, @Nullable UUID eventId, UserId author, UserId changedBy, Instant changedAt) {
}
