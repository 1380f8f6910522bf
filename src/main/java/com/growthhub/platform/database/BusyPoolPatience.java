package com.growthhub.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * Tells a busy pool from a database that cannot be reached. Hikari gives up on a connection after a short timeout
 * (2 s), so that an outage answers 503 quickly; but a burst of requests that keeps every connection in use is not an
 * outage, and those requests keep waiting, up to a patience of their own. Busy means: the timeout carries no
 * connection failure (Hikari attaches the last one when it could not connect) and connections of the pool are in use
 * by requests that will give them back.
 */
class BusyPoolPatience extends DelegatingDataSource implements AutoCloseable {

	private final HikariDataSource pool;

	private final Duration patience;

	BusyPoolPatience(HikariDataSource pool, Duration patience) {
		super(pool);
		this.pool = pool;
		this.patience = patience;
	}

	@Override
	public Connection getConnection() throws SQLException {
		long deadline = System.nanoTime() + this.patience.toNanos();
		while (true) {
			try {
				return super.getConnection();
			}
			catch (SQLTransientConnectionException timeout) {
				if (!busy(timeout) || System.nanoTime() - deadline > 0) {
					throw timeout;
				}
			}
		}
	}

	private boolean busy(SQLTransientConnectionException timeout) {
		HikariPoolMXBean bean = this.pool.getHikariPoolMXBean();
		return timeout.getCause() == null && bean != null && bean.getActiveConnections() > 0;
	}

	/** Closes the pool: Spring infers this as the bean's destroy method, as it did for the pool itself. */
	@Override
	public void close() {
		this.pool.close();
	}
}
