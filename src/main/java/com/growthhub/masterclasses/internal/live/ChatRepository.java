package com.growthhub.masterclasses.internal.live;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chat messages and mutes of a masterclass's live room. */
@Repository
class ChatRepository {

	private final JdbcClient jdbc;

	ChatRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}
}
