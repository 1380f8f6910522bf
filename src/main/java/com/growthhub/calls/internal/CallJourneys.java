package com.growthhub.calls.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactId;
import com.growthhub.journeys.JourneyStarts;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** Seed 001's "Start Journey" on the lead a call brought, through the journeys module. */
@Service
public class CallJourneys {

	private final CallRepository calls;
	private final JourneyStarts journeys;
	private final TenantTransactions transactions;

	CallJourneys(CallRepository calls, JourneyStarts journeys, TenantTransactions transactions) {
		this.calls = calls;
		this.journeys = journeys;
		this.transactions = transactions;
	}

	public record Started(UUID journeyId, UUID contactId) {
	}

	public List<JourneyStarts.TemplateChoice> templates(OrganizationId organization, Actor actor) {
		return journeys.templates(organization, actor);
	}

	/** From the template given, else the organization's first one. */
	public Started start(OrganizationId organization, Actor actor, UUID callId, @Nullable UUID templateId) {
		return transactions.call(organization, actor, () -> {
			CallView call = calls.find(organization, callId).orElseThrow(() -> NotFoundException.of("The call"));
			if (call.contactId() == null) {
				throw refused("This call has no contact (the caller's number was withheld or not a phone number).");
			}
			UUID template = templateId != null ? templateId
					: journeys.templates(organization, actor).stream().findFirst()
						.map(JourneyStarts.TemplateChoice::id)
						.orElseThrow(() -> refused("There is no journey template yet: create one under Journeys first."));
			UUID journey = journeys.start(organization, actor, ContactId.of(call.contactId()), template).value();
			return new Started(journey, call.contactId());
		});
	}

	private static CallRefusedException refused(String detail) {
		return CallRefusedException.noJourney(detail);
	}
}
