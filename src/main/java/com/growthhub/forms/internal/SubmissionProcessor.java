package com.growthhub.forms.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
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
	private final ExecutorService nudges = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("form-nudge").factory());
	private final AtomicBoolean nudged = new AtomicBoolean();
	private volatile boolean paused;

	SubmissionProcessor(SubmissionRepository repository, SubmissionWork work, TenantTransactions transactions,
			FormSettingsProperties settings) {
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

	private void processAll(List<SubmissionRepository.Claimed> batch) {
		Semaphore slots = new Semaphore(Math.max(1, settings.concurrency()));
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Runnable> jobs = new ArrayList<>();
			batch.forEach(claimed -> jobs.add(() -> attempt(claimed)));
			for (Runnable job : jobs) {
				slots.acquireUninterruptibly();
				threads.submit(() -> {
					try {
						job.run();
					}
					finally {
						slots.release();
					}
				});
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
