package com.growthhub.masterclasses.internal.live;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The host's timed notifications and the clicks on them. */
@Repository
class NotificationRepository {

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}
}
