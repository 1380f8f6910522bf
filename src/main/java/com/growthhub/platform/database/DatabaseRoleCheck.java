package com.growthhub.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Row-level security does not bind superusers or BYPASSRLS roles: say so loudly when connected as one. */
@Component
class DatabaseRoleCheck {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

	private final JdbcClient jdbc;

	DatabaseRoleCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenRowLevelSecurityIsBypassed() {
		boolean bypasses = jdbc.sql("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")
			.query(Boolean.class)
			.single();
		if (bypasses) {
			log.warn("The database role is a superuser or has BYPASSRLS: tenant isolation then rests on the "
					+ "application's queries alone. Connect GrowthHub as an ordinary role that owns its schema.");
		}
		int leakproof = jdbc.sql("select count(*) from pg_proc where proleakproof and oid::regprocedure::text = any(?)")
			.param(LeakproofFunctions.NAMES.stream()
				.map(name -> name.replace("(regconfig, text)", "(regconfig,text)").replace(", ", ","))
				.toArray(String[]::new))
			.query(Integer.class)
			.single();
		if (leakproof < LeakproofFunctions.NAMES.size()) {
			log.warn("Searches cannot use their indexes under row-level security until a superuser runs, in this "
					+ "database: {}", LeakproofFunctions.statements());
		}
	}
}
