package com.growthhub.masterclasses.internal.live;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Viewer sessions, from the live room's heartbeats. */
@Repository
class ViewerSessionRepository {

	private final JdbcClient jdbc;

	ViewerSessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}
}
