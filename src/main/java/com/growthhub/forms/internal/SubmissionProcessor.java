package com.growthhub.forms.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

import jakarta.annotation.PreDestroy;

/**
 * Drains the submission queue: claims a batch across organizations ({@code FOR UPDATE SKIP LOCKED} with a lease, so
 * several nodes share it and a node that dies only delays its rows until the lease runs out), then processes each in
 * its organization's transaction ({@link SubmissionWork}). A failure is retried with exponential backoff (5 s, 10 s,
 * 20 s … capped at 10 min) and after {@code maxAttempts} the submission is marked failed, listed and retryable.
 */
@Component
public class SubmissionProcessor {

	private static final Logger log = LoggerFactory.getLogger(SubmissionProcessor.class);
	private static final Actor JOB = new Actor.Job("form-submissions");

	private final SubmissionRepository repository;
	private final SubmissionWork work;
	private final TenantTransactions transactions;
	private final FormSettingsProperties settings;
	private final ProcessorPace pace;
	/*
	 * Platform threads, not virtual ones: virtual threads share a carrier per core with every request and are never
	 * preempted, so a submission's CPU work (a contact create) held up the requests queued for that carrier. The
	 * kernel time-slices platform threads, and their low priority is a hint where the JVM passes it to the OS.
	 */
	private final ExecutorService nudges = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("form-nudge")
		.daemon().priority(Thread.MIN_PRIORITY).factory());
	private final ExecutorService workers;
	/** The node's processing slots, shared by every drain running on it (a nudge's, the job system's). */
	private final Semaphore slots;
	private final int concurrency;
	private final AtomicBoolean nudged = new AtomicBoolean();
	private volatile boolean paused;

	SubmissionProcessor(SubmissionRepository repository, SubmissionWork work, TenantTransactions transactions,
			FormSettingsProperties settings, ProcessorPace pace) {
		this.pace = pace;
		this.concurrency = Math.max(1, settings.concurrency());
		this.slots = new Semaphore(concurrency);
		this.workers = Executors.newFixedThreadPool(concurrency, Thread.ofPlatform()
			.name("form-processor-", 0).daemon().priority(Thread.MIN_PRIORITY).factory());
		this.repository = repository;
		this.work = work;
		this.transactions = transactions;
		this.settings = settings;
	}

	/** Drains on this node now rather than at the next poll; nudges during a drain fold into one more drain. */
	public void nudge() {
		if (nudged.compareAndSet(false, true)) {
			nudges.execute(() -> {
				nudged.set(false);
				try {
					drain();
				}
				catch (RuntimeException ex) {
					log.warn("Draining form submissions failed: {}", ex.getClass().getSimpleName());
				}
			});
		}
	}

	/** Stops (or resumes) draining on this node, as an operator (or a test) pausing the processor. */
	public void pause(boolean paused) {
		this.paused = paused;
	}

	/**
	 * Stops draining as soon as the application starts to close: what is still queued waits in its table for the next
	 * start (or another node), rather than holding the shutdown until the whole queue is processed (the job system
	 * lets a running drain finish, which after a burst took many minutes).
	 */
	@EventListener(ContextClosedEvent.class)
	void closing() {
		paused = true;
	}

	@PreDestroy
	void stop() {
		paused = true;
		nudges.shutdownNow();
		// Submissions in flight finish while the database is still open; the batch's others are left to their lease.
		workers.shutdown();
		try {
			workers.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Processes batches until nothing is due; answers how many submissions were attempted. */
	public int drain() {
		int attempted = 0;
		List<SubmissionRepository.Claimed> batch;
		do {
			if (paused) {
				return attempted;
			}
			batch = claimBatch();
			processAll(batch);
			attempted += batch.size();
		}
		while (batch.size() == settings.batchSize());
		return attempted;
	}

	/** Claims a batch for this node (leased); {@link #drain} processes what it claims. */
	public List<?> claim() {
		return claimBatch();
	}

	private List<SubmissionRepository.Claimed> claimBatch() {
		return transactions.call(TenantScope.system(JOB), () -> repository.claim(settings.batchSize(), settings.lease()));
	}

	/**
	 * Processes a batch, {@code concurrency} at a time, or one at a time with a rest after each while submissions
	 * arrive ({@link ProcessorPace}); returns when all are done.
	 */
	private void processAll(List<SubmissionRepository.Claimed> batch) {
		List<Future<?>> running = new ArrayList<>();
		for (SubmissionRepository.Claimed claimed : batch) {
			if (workers.isShutdown()) {
				// Closing: the rest keep their lease until it runs out, then the next start claims them again.
				break;
			}
			boolean yielding = pace.yielding();
			// Yielding, a submission takes every slot: it waits for those in flight and runs alone.
			int taken = yielding ? concurrency : 1;
			slots.acquireUninterruptibly(taken);
			pace.started(yielding);
			try {
				running.add(workers.submit(() -> attemptInSlots(claimed, yielding, taken)));
			}
			catch (RejectedExecutionException closing) {
				pace.finished();
				slots.release(taken);
				break;
			}
		}
		for (Future<?> job : running) {
			try {
				job.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (ExecutionException | CancellationException ex) {
				// attempt() records its own failures; a job cancelled by the shutdown is claimed again later.
			}
		}
	}

	/** Attempts the submission in the slots it took; yielding, rests after it before giving them back. */
	private void attemptInSlots(SubmissionRepository.Claimed claimed, boolean yielding, int taken) {
		long start = System.nanoTime();
		try {
			attempt(claimed);
		}
		finally {
			pace.finished();
			try {
				if (yielding) {
					Thread.sleep(ProcessorPace.rest(Duration.ofNanos(System.nanoTime() - start)));
				}
			}
			catch (InterruptedException stopping) {
				Thread.currentThread().interrupt();
			}
			finally {
				slots.release(taken);
			}
		}
	}

	private void attempt(SubmissionRepository.Claimed claimed) {
		OrganizationId organization = OrganizationId.of(claimed.organizationId());
		try {
			work.process(organization, claimed);
		}
		catch (RuntimeException ex) {
			String error = ex instanceof SubmissionWork.LeaseLostException ? null : describe(ex);
			if (error == null) {
				return;
			}
			log.warn("Form submission {} failed (attempt {}): {}", claimed.id(), claimed.attempts(), error);
			try {
				transactions.run(organization, JOB, () -> {
					if (claimed.attempts() >= settings.maxAttempts()) {
						repository.failed(claimed.id(), error);
					}
					else {
						repository.retryAt(claimed.id(), Instant.now().plus(backoff(claimed.attempts())), error);
					}
				});
			}
			catch (RuntimeException recordFailure) {
				// The lease runs out and the submission is claimed again: nothing is lost.
				log.warn("Form submission {} could not be rescheduled: {}", claimed.id(),
						recordFailure.getClass().getSimpleName());
			}
		}
	}

	static Duration backoff(int attempt) {
		long seconds = 5L << Math.min(Math.max(attempt - 1, 0), 7);
		return Duration.ofSeconds(Math.min(seconds, 600));
	}

	/** The failure's kind and, for our own problems, its message; never a value from the submission. */
	private static String describe(RuntimeException ex) {
		String detail = ex instanceof com.growthhub.platform.web.ProblemException || ex instanceof
				org.springframework.web.ErrorResponseException ? ": " + ex.getMessage() : "";
		return ex.getClass().getSimpleName() + detail;
	}
}
