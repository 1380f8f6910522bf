package com.growthhub.eventplanning.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends the invitations, updates and cancellations a change made due, after it committed. */
@Component
class InvitationListener {

	private final EventInvitations invitations;

	InvitationListener(EventInvitations invitations) {
		this.invitations = invitations;
	}

	@ApplicationModuleListener
	void on(InvitationsDue due) {
		invitations.bringUpToDate(due.organizationId(), due.eventId());
	}
}
