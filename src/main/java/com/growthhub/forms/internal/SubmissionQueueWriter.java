package com.growthhub.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Group commit of the submission queue: a writer thread takes every submission waiting when it is free (up to
 * {@link #MAX_BATCH}), inserts them with one multi-row statement per organization and one commit, and only then
 * answers each waiting request. A few writers ({@code growthhub.forms.intake-writers}, 2) overlap their commits, so a
 * submission arriving during one commit's WAL flush (about 2 ms on this disk) need not wait for it to end. Under a
 * burst each commit (a WAL flush, a transaction, a connection from the pool, a lock on the form's row for the foreign
 * key) serves several submissions instead of one; a lone submission waits for nobody, since a writer takes what is
 * there rather than waiting for more. Durability is unchanged: a request
 * hears 202 only after the commit that holds its row.
 * <p>
 * A batch whose transaction fails for a reason other than an unreachable database is not retried as a batch: each of
 * its requests then writes its own row as before, so one bad row cannot refuse the others. When the writers are
 * stopped or their queue full, a request writes alone too.
 */
@Component
class SubmissionQueueWriter {

	/** The largest batch: a few milliseconds of statement at most, and far above the clients of one node. */
	static final int MAX_BATCH = 128;

	private static final Logger log = LoggerFactory.getLogger(SubmissionQueueWriter.class);
	private static final Actor PUBLIC = new Actor.Job("form-intake");

	/** What the queue made of a submission: inserted, or not, and then the row its idempotency key names, if any. */
	record Written(boolean inserted, Optional<SubmissionRepository.Existing> existing) {
	}

	private record Pending(SubmissionRepository.NewSubmission submission, long queuedAt,
			CompletableFuture<Optional<Written>> written) {
	}

	private final SubmissionRepository repository;
	private final TenantTransactions transactions;
	private final BlockingQueue<Pending> waiting = new ArrayBlockingQueue<>(10_000);
	private final DistributionSummary batchSizes;
	private final Timer commitWaits;
	private final List<Thread> writers;
	private volatile boolean stopped;

	SubmissionQueueWriter(SubmissionRepository repository, TenantTransactions transactions,
			ObjectProvider<MeterRegistry> meters, @Value("${growthhub.forms.intake-writers:2}") int writers) {
		this.repository = repository;
		this.transactions = transactions;
		this.writers = IntStream.range(0, Math.max(1, writers)).mapToObj(n -> Thread.ofPlatform()
			.name("form-intake-writer-" + n).daemon().unstarted(this::writeUntilStopped)).toList();
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		this.batchSizes = DistributionSummary.builder("growthhub.forms.intake.batch")
			.description("Submissions written by one commit of the intake").register(registry);
		this.commitWaits = Timer.builder("growthhub.forms.intake.commit")
			.description("From a submission queued for the writer to the commit that holds it").register(registry);
	}

	@PostConstruct
	void start() {
		writers.forEach(Thread::start);
	}

	/** Lets the writer finish what is queued; later submissions write alone until the connections close. */
	@PreDestroy
	void stop() throws InterruptedException {
		stopped = true;
		for (Thread writer : writers) {
			writer.join(TimeUnit.SECONDS.toMillis(10));
		}
	}

	/** Writes one submission to the queue table; returns once it is committed (or was not inserted, and why). */
	Written write(SubmissionRepository.NewSubmission submission) {
		Pending pending = new Pending(submission, System.nanoTime(), new CompletableFuture<>());
		if (stopped || !waiting.offer(pending)) {
			return alone(submission);
		}
		Optional<Written> written;
		try {
			written = pending.written().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the submission was being written", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException failure ? failure
					: new IllegalStateException("Writing the submission failed", ex.getCause());
		}
		return written.orElseGet(() -> alone(submission));
	}

	private Written alone(SubmissionRepository.NewSubmission submission) {
		return transactions.call(submission.organization(), PUBLIC, () -> repository.insert(submission)
				? new Written(true, Optional.empty()) : new Written(false, existing(submission)));
	}

	private Optional<SubmissionRepository.Existing> existing(SubmissionRepository.NewSubmission submission) {
		return submission.idempotencyKey() == null ? Optional.empty()
				: repository.byIdempotencyKey(submission.formId(), submission.idempotencyKey());
	}

	private void writeUntilStopped() {
		while (!stopped || !waiting.isEmpty()) {
			try {
				Pending first = waiting.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				List<Pending> batch = new ArrayList<>(MAX_BATCH);
				batch.add(first);
				waiting.drainTo(batch, MAX_BATCH - 1);
				write(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Throwable unexpected) {
				// The writer must outlive any failure, or every later request would wait forever.
				log.error("The form intake writer failed: {}", unexpected.getClass().getSimpleName(), unexpected);
			}
		}
	}

	private void write(List<Pending> batch) {
		batchSizes.record(batch.size());
		Map<OrganizationId, List<Pending>> byOrganization = new LinkedHashMap<>();
		batch.forEach(pending -> byOrganization.computeIfAbsent(pending.submission().organization(), o -> new ArrayList<>())
			.add(pending));
		byOrganization.forEach(this::answer);
	}

	private void answer(OrganizationId organization, List<Pending> group) {
		Optional<List<Written>> written;
		try {
			written = writeTogether(organization, group.stream().map(Pending::submission).toList());
		}
		catch (RuntimeException unreachable) {
			group.forEach(pending -> pending.written().completeExceptionally(unreachable));
			return;
		}
		long now = System.nanoTime();
		for (int i = 0; i < group.size(); i++) {
			Pending pending = group.get(i);
			commitWaits.record(now - pending.queuedAt(), TimeUnit.NANOSECONDS);
			int row = i;
			pending.written().complete(written.map(all -> all.get(row)));
		}
	}

	/**
	 * One statement and one commit for an organization's share of a batch, under its row-level security; empty when
	 * the transaction failed and each submission is to be written alone. Throws when the database is unreachable.
	 */
	Optional<List<Written>> writeTogether(OrganizationId organization, List<SubmissionRepository.NewSubmission> group) {
		try {
			return Optional.of(transactions.call(organization, PUBLIC, () -> {
				Set<UUID> inserted = repository.insertAll(group);
				return group.stream().map(submission -> inserted.contains(submission.id())
						? new Written(true, Optional.empty()) : new Written(false, existing(submission))).toList();
			}));
		}
		catch (CannotCreateTransactionException | DataAccessResourceFailureException unreachable) {
			throw unreachable;
		}
		catch (RuntimeException ex) {
			log.warn("A batch of {} form submissions failed ({}); each is written alone", group.size(),
					ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}
}
