package com.growthhub.integrations.internal.connections;

/**
 * What follows a connection made or resumed: its first sync (an import, or the changes since). Implemented by the sync
 * engine, which depends on connections and not the other way round. Called inside the transaction that made it.
 */
public interface ConnectionStarts {

	void started(Connection connection);
}
