package com.growthhub.pipeline;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/** A member submitted a contact as a plug (seed 000 §3.2): the team's leads should look at it. */
@DomainEvent
public record PlugSubmitted(OrganizationId organizationId, ContactId contactId, String contactName,
		UserId submittedBy, String submitterName, Instant occurredAt) {
}
