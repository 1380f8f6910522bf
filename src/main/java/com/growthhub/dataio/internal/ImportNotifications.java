package com.growthhub.dataio.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.dataio.ContactsImported;
import com.growthhub.identity.Members;
import com.growthhub.messaging.Notifications;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Tells the person who started an import that it finished, once per import: a redelivered event finds its occasion
 * already recorded and sends nothing.
 */
@Component
class ImportNotifications {

	private final TenantTransactions transactions;
	private final Members members;
	private final Notifications notifications;

	ImportNotifications(TenantTransactions transactions, Members members, Notifications notifications) {
		this.transactions = transactions;
		this.members = members;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(ContactsImported event) {
		transactions.run(event.organizationId(), new Actor.Job("import-notification"),
				() -> members.find(event.organizationId(), event.userId()).ifPresent(member -> notifications.sendOnce(
						"import-finished:" + event.importId(), event.organizationId(),
						List.of(new Notifications.Recipient(member.userId(), member.email())),
						ImportNotificationTypes.IMPORT_FINISHED, "Import of " + event.fileName() + " finished",
						event.created() + " created, " + event.updated() + " updated, " + event.skipped() + " skipped, "
								+ event.failed() + " failed",
						"/imports/" + event.importId())));
	}
}
