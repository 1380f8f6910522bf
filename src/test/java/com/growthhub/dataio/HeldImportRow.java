package com.growthhub.dataio;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Holds an import's row locked from a transaction on a thread of its own, so that a running import stops at its
 * next write to that row: its first progress report (or at the latest its completion), both before its own
 * transaction commits. A test can so kill a node in the middle of an import whatever the file's size or the
 * machine's speed, instead of hoping that a big file is still being read.
 */
final class HeldImportRow implements AutoCloseable {

	private final JdbcClient jdbc;
	private final CountDownLatch release = new CountDownLatch(1);
	private final CompletableFuture<Integer> holder = new CompletableFuture<>();
	private final Thread thread;

	private HeldImportRow(JdbcClient jdbc, TenantTransactions transactions, String importId) {
		this.jdbc = jdbc;
		this.thread = Thread.ofPlatform().name("held-import-row").start(() -> {
			try {
				transactions.run(TenantScope.system(new Actor.Job("test")), () -> {
					jdbc.sql("select id from imports where id = ?::uuid for update").param(importId).query().singleRow();
					holder.complete(jdbc.sql("select pg_backend_pid()").query(Integer.class).single());
					awaitRelease();
				});
			}
			catch (RuntimeException | Error ex) {
				holder.completeExceptionally(ex);
			}
		});
	}

	/** Locks the row once the import is processing (a lock taken earlier would stop it before it starts). */
	static HeldImportRow whileProcessing(JdbcClient jdbc, TenantTransactions transactions, String importId,
			Duration patience) {
		await().atMost(patience).pollInterval(Duration.ofMillis(10)).until(() -> "processing".equals(status(jdbc,
				transactions, importId)));
		return new HeldImportRow(jdbc, transactions, importId);
	}

	/** Returns once some other session waits for this lock: the import is stopped, its transaction still open. */
	void awaitImportStopped(Duration patience) throws Exception {
		int pid = holder.get(patience.toMillis(), TimeUnit.MILLISECONDS);
		await().atMost(patience).pollInterval(Duration.ofMillis(20)).until(() -> jdbc
			.sql("select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))").param(pid).query(Long.class)
			.single() > 0);
	}

	@Override
	public void close() throws InterruptedException {
		release.countDown();
		thread.join(Duration.ofSeconds(30));
	}

	private void awaitRelease() {
		try {
			release.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String status(JdbcClient jdbc, TenantTransactions transactions, String importId) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select status from imports where id = ?::uuid").param(importId).query(String.class).single());
	}
}
