package com.growthhub.identity;

import java.time.Instant;
import java.time.ZoneId;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/**
 * An organization now reads its days in another time zone. Whatever a module keeps per day (analytics' daily
 * rollups) is cut anew at the new midnights.
 */
@DomainEvent
public record OrganizationTimeZoneChanged(OrganizationId organizationId, ZoneId from, ZoneId to, Instant occurredAt) {
}
