package com.growthhub.integrations.internal.webhooks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.integrations.internal.vault.CredentialVault;
import com.growthhub.integrations.internal.vault.SecretId;
import com.growthhub.messaging.Notifications;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

import jakarta.annotation.PreDestroy;

/**
 * Sends due deliveries: claims a batch across organizations ({@code FOR UPDATE SKIP LOCKED} with a lease, so several
 * nodes share the queue and a node that dies mid-batch only delays its rows), sends them concurrently outside any
 * transaction, and records each outcome: delivered, due again after the {@link RetrySchedule}, or given up. A
 * subscription whose schedule ran out, or that failed too often in a row for too long, is disabled and its owners are
 * notified. At least once: a receiver may see a message twice (same {@code webhook-id}) if a node dies after sending.
 */
@Component
class WebhookDispatcher {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
	private static final Actor JOB = new Actor.Job("webhook-deliveries");

	private final DeliveryRepository deliveries;
	private final SubscriptionRepository subscriptions;
	private final TenantTransactions transactions;
	private final CredentialVault vault;
	private final WebhookSender sender;
	private final WebhookSettings settings;
	private final RetrySchedule schedule;
	private final Members members;
	private final Notifications notifications;
	private final ExecutorService nudges = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("webhook-nudge").factory());
	private final AtomicBoolean nudged = new AtomicBoolean();

	WebhookDispatcher(DeliveryRepository deliveries, SubscriptionRepository subscriptions, TenantTransactions transactions,
			CredentialVault vault, WebhookSender sender, WebhookSettings settings, Members members,
			Notifications notifications) {
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
		this.transactions = transactions;
		this.vault = vault;
		this.sender = sender;
		this.settings = settings;
		this.schedule = RetrySchedule.of(settings);
		this.members = members;
		this.notifications = notifications;
	}

	/**
	 * Sends what is due now on this node without waiting for the job system's next poll (called after a transaction
	 * that queued deliveries commits). Nudges while a drain runs are folded into one more drain.
	 */
	void nudge() {
		if (nudged.compareAndSet(false, true)) {
			nudges.execute(() -> {
				nudged.set(false);
				drain();
			});
		}
	}

	@PreDestroy
	void stop() {
		nudges.shutdownNow();
	}

	/** Sends batches until nothing is due; answers how many attempts were made. */
	int drain() {
		int sent = 0;
		List<DeliveryRepository.Claimed> batch;
		do {
			batch = transactions.call(TenantScope.system(JOB), () -> deliveries.claim(settings.batchSize(), settings.lease()));
			sendAll(batch);
			sent += batch.size();
		}
		while (batch.size() == settings.batchSize());
		return sent;
	}

	private void sendAll(List<DeliveryRepository.Claimed> batch) {
		Semaphore slots = new Semaphore(Math.max(1, settings.concurrency()));
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> running = new ArrayList<>();
			for (DeliveryRepository.Claimed claimed : batch) {
				slots.acquireUninterruptibly();
				running.add(threads.submit(() -> {
					try {
						attempt(claimed);
					}
					catch (RuntimeException ex) {
						// The lease runs out and the delivery is claimed again: nothing is lost.
						log.warn("Webhook delivery {} could not be recorded: {}", claimed.id(), ex.getClass().getSimpleName());
					}
					finally {
						slots.release();
					}
				}));
			}
		}
	}

	private void attempt(DeliveryRepository.Claimed claimed) {
		OrganizationId organization = OrganizationId.of(claimed.organization());
		String secret = vault.reveal(organization, SecretId.of(claimed.secretId()));
		WebhookSender.Outcome outcome = sender.send(claimed.url(), claimed.messageId(), secret, claimed.payload());
		transactions.run(organization, JOB, () -> {
			if (outcome.delivered()) {
				deliveries.delivered(claimed.id(), outcome.attempt());
				subscriptions.succeeded(claimed.subscription());
				return;
			}
			Optional<Instant> next = schedule.next(claimed.attempt(), claimed.firstQueuedAt(), Instant.now(), outcome.retryAfter());
			boolean tooManyFailures = subscriptions.failed(claimed.subscription(), settings.disableAfterFailures(),
					settings.failingFor());
			if (next.isPresent()) {
				deliveries.retryAt(claimed.id(), outcome.attempt(), next.get());
			}
			else {
				deliveries.failed(claimed.id(), outcome.attempt());
			}
			if (next.isEmpty() || tooManyFailures) {
				disable(organization, claimed, next.isEmpty()
						? "A delivery failed for " + days() + " and was given up."
						: "Deliveries failed " + settings.disableAfterFailures() + " times in a row.");
			}
		});
	}

	private void disable(OrganizationId organization, DeliveryRepository.Claimed claimed, String reason) {
		if (!subscriptions.disable(claimed.subscription(), reason)) {
			return;
		}
		List<Notifications.Recipient> owners = members.list(organization).stream()
			.filter(member -> member.role() == Role.OWNER)
			.map(member -> new Notifications.Recipient(member.userId(), member.email()))
			.toList();
		if (!owners.isEmpty()) {
			notifications.send(organization, owners, WebhookNotificationTypes.DISABLED, "Webhook disabled: " + claimed.url(),
					reason + " Nothing more is sent to " + claimed.url() + " until it is enabled again.",
					"/settings/webhooks/" + claimed.subscription());
		}
	}

	private String days() {
		long hours = settings.retryFor().toHours();
		return hours >= 48 ? hours / 24 + " days" : hours >= 1 ? hours + " hours" : settings.retryFor().toSeconds() + " seconds";
	}
}
