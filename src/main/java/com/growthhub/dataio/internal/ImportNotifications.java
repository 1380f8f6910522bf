package com.growthhub.dataio.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.dataio.ContactsImported;
import com.growthhub.identity.Members;
import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.Notifications;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Tells the person who started an import that it finished. Once per import: a redelivered event finds the
 * notification already there (its link names the import) and sends nothing; a lock on the import's id keeps two
 * deliveries at the same time from both finding none.
 */
@Component
class ImportNotifications {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Members members;
	private final Notifications notifications;

	ImportNotifications(JdbcClient jdbc, TenantTransactions transactions, Members members, Notifications notifications) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.members = members;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(ContactsImported event) {
		String link = "/imports/" + event.importId();
		transactions.run(TenantScope.organization(event.organizationId(), new Actor.Job("import-notification")), () -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtextextended('import-notification:' || ?, 0))")
				.param(event.importId().toString()).query().singleRow();
			if (notifications.sent(event.organizationId(), event.userId(), NotificationType.IMPORT_FINISHED, link)) {
				return;
			}
			members.find(event.organizationId(), event.userId()).ifPresent(member -> notifications.send(
					event.organizationId(), List.of(new Notifications.Recipient(member.userId(), member.email())),
					NotificationType.IMPORT_FINISHED, "Import of " + event.fileName() + " finished",
					event.created() + " created, " + event.updated() + " updated, " + event.skipped() + " skipped, "
							+ event.failed() + " failed",
					link));
		});
	}
}
