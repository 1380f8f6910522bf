package com.growthhub.integrations.internal.connections;

/** A connection was made (or resumed) and should import; published inside the transaction that made it. */
public record ConnectionEstablished(Connection connection) {
}
