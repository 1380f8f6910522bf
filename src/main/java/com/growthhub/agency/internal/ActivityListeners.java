package com.growthhub.agency.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.agency.internal.AccountRollups.Kind;
import com.growthhub.calls.CallLogged;
import com.growthhub.contacts.ContactCreated;
import com.growthhub.dataio.ContactsImported;
import com.growthhub.forms.FormSubmitted;
import com.growthhub.identity.ClientAccountCreated;

/**
 * Keeps the hub's rollups from what happens in client accounts: a new account gets its row; new leads (created by a
 * person, imported, or by a form) and new calls are counted on their day. Events of organizations that are no client
 * account change nothing.
 */
@Component
class ActivityListeners {

	private final AccountRollups rollups;

	ActivityListeners(AccountRollups rollups) {
		this.rollups = rollups;
	}

	@ApplicationModuleListener
	void on(ClientAccountCreated event) {
		rollups.open(event.clientAccountId(), event.organizationId());
	}

	@ApplicationModuleListener
	void on(ContactCreated event) {
		rollups.count(event.organizationId(), Kind.LEAD, event.contactId().value(), event.occurredAt(), 1, 0);
	}

	@ApplicationModuleListener
	void on(ContactsImported event) {
		if (event.created() > 0) {
			rollups.count(event.organizationId(), Kind.IMPORT, event.importId(), java.time.Instant.now(),
					(int) Math.min(Integer.MAX_VALUE, event.created()), 0);
		}
	}

	@ApplicationModuleListener
	void on(FormSubmitted event) {
		if (event.contactCreated()) {
			rollups.count(event.organizationId(), Kind.FORM_LEAD, event.submissionId(), event.submittedAt(), 1, 0);
		}
	}

	@ApplicationModuleListener
	void on(CallLogged event) {
		rollups.count(event.organizationId(), Kind.CALL, event.callId().value(), event.startedAt(), 0, 1);
	}
}
