package com.growthhub.onboarding;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/**
 * The client account {@code clientAccountId} of the agency {@code organizationId} completed its onboarding: its user
 * {@code clientUserId} went through every required step.
 */
@DomainEvent
public record OnboardingCompleted(OrganizationId organizationId, OrganizationId clientAccountId, UUID clientUserId,
		Instant occurredAt) {
}
