package com.growthhub.masterclasses;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;

/**
 * Someone registered for a masterclass on its landing page or through the public API (once per person and class:
 * registering again with the same email answers the existing registration and publishes nothing). The contact exists
 * and its deal stands at Registered on the masterclass funnel.
 *
 * @param utm the landing page's UTM parameters as given (keys `source`, `medium`, `campaign`, `term`, `content`)
 */
@DomainEvent
public record MasterclassRegistered(OrganizationId organizationId, MasterclassId masterclassId, UUID registrationId,
		ContactId contactId, Map<String, String> utm, Instant occurredAt) {

	public MasterclassRegistered {
		utm = Map.copyOf(utm);
	}
}
