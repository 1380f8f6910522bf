package com.growthhub.dataio.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks rows on every core and hands the results on in file order: rows go to the pool in chunks, and at
 * most two chunks per core are in flight, so memory stays flat however large the file is.
 */
final class OrderedChecks<R, C> implements AutoCloseable {

	private final ExecutorService pool;
	private final int chunkSize;
	private final int maxInFlight;
	private final Function<R, C> check;
	private final Consumer<C> consume;
	private final Deque<Future<List<C>>> inFlight = new ArrayDeque<>();
	private List<R> chunk;

	OrderedChecks(int threads, int chunkSize, Function<R, C> check, Consumer<C> consume) {
		this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("import-check-", 0).daemon().factory());
		this.chunkSize = chunkSize;
		this.maxInFlight = threads * 2;
		this.check = check;
		this.consume = consume;
		this.chunk = new ArrayList<>(chunkSize);
	}

	void add(R row) {
		chunk.add(row);
		if (chunk.size() == chunkSize) {
			submit();
		}
	}

	/** Checks and hands on what is left; call once after the last row. */
	void finish() {
		if (!chunk.isEmpty()) {
			submit();
		}
		while (!inFlight.isEmpty()) {
			drainOne();
		}
	}

	private void submit() {
		List<R> rows = chunk;
		chunk = new ArrayList<>(chunkSize);
		inFlight.addLast(pool.submit(() -> rows.stream().map(check).toList()));
		while (inFlight.size() >= maxInFlight) {
			drainOne();
		}
	}

	private void drainOne() {
		try {
			inFlight.removeFirst().get().forEach(consume);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The import was interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}
}
