package com.growthhub.platform.database;

import java.nio.file.Path;

/** Run in a child JVM by {@link EmbeddedPostgresTests}: starts PostgreSQL, writes a row, then waits to be killed. */
final class EmbeddedPostgresProcess {

	private EmbeddedPostgresProcess() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = new EmbeddedPostgres(Path.of(args[0]), false);
		postgres.start();
		EmbeddedPostgresTests.execute(postgres, "create table survivor (id int); insert into survivor values (7)");
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
