package com.growthhub.integrations.internal.sync;

import java.util.List;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.ConnectionRepository;
import com.growthhub.integrations.internal.connections.ConnectionStatus;
import com.growthhub.integrations.internal.connections.IntegrationSettings;
import com.growthhub.messaging.Notifications;

/**
 * Records a failed run on its connection, and after {@link IntegrationSettings#failedRunsBeforePause()} in a row pauses
 * the connection (no more runs hammer a provider that refuses them) and tells the person who connected it, or the
 * owners and admins when that person has left. Called inside the transaction that records the failure.
 */
@Component
class SyncCircuit {

	private final ConnectionRepository connections;
	private final IntegrationSettings settings;
	private final Members members;
	private final Notifications notifications;

	SyncCircuit(ConnectionRepository connections, IntegrationSettings settings, Members members,
			Notifications notifications) {
		this.connections = connections;
		this.settings = settings;
		this.members = members;
		this.notifications = notifications;
	}

	void failed(Connection connection, String error) {
		int inARow = connections.failed(connection.id(), error);
		if (inARow < settings.failedRunsBeforePause() || connection.status() == ConnectionStatus.PAUSED) {
			return;
		}
		connections.status(connection, ConnectionStatus.PAUSED);
		List<Notifications.Recipient> recipients = members.list(connection.organization()).stream()
			.filter(member -> connection.connectedBy() == null ? member.role().atLeast(Role.ADMIN)
					: member.userId().equals(connection.connectedBy()))
			.map(member -> new Notifications.Recipient(member.userId(), member.email()))
			.toList();
		if (recipients.isEmpty()) {
			recipients = members.list(connection.organization()).stream()
				.filter(member -> member.role().atLeast(Role.ADMIN))
				.map(member -> new Notifications.Recipient(member.userId(), member.email()))
				.toList();
		}
		notifications.send(connection.organization(), recipients, IntegrationNotificationTypes.PAUSED,
				"The " + connection.provider().key() + " connection paused itself",
				inARow + " syncs in a row failed. The last one said: " + error
						+ " Fix the cause, then resume the connection in Settings › Integrations.",
				"/settings/integrations");
	}
}
