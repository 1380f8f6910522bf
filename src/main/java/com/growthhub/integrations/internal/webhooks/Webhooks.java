package com.growthhub.integrations.internal.webhooks;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.integrations.internal.vault.CredentialVault;
import com.growthhub.integrations.internal.vault.SecretId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * An organization's webhook subscriptions: the URLs that hear of its events, their signing secrets (kept in the
 * {@link CredentialVault}, shown once), their delivery logs, replays and test events. Who may call this (owners and
 * admins) is decided by the controllers; another organization's ids answer 404.
 */
@Service
public class Webhooks {

	static final String SECRET_PURPOSE = "webhook.signing_secret";

	private final SubscriptionRepository subscriptions;
	private final DeliveryRepository deliveries;
	private final WebhookQueue queue;
	private final CredentialVault vault;
	private final TargetAddresses addresses;
	private final TenantTransactions transactions;

	Webhooks(SubscriptionRepository subscriptions, DeliveryRepository deliveries, WebhookQueue queue, CredentialVault vault,
			TargetAddresses addresses, TenantTransactions transactions) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.queue = queue;
		this.vault = vault;
		this.addresses = addresses;
		this.transactions = transactions;
	}

	/** What a person or program writes on a subscription; no events means every event. */
	public record Draft(String url, @Nullable String description, List<WebhookEventType> events, boolean enabled) {

		SubscriptionRepository.Fields toFields() {
			String text = description == null || description.isBlank() ? null : description.strip();
			return new SubscriptionRepository.Fields(url.strip(), text, List.copyOf(events), enabled);
		}
	}

	public record Page(List<DeliveryView> items, @Nullable String nextCursor) {
	}

	public List<WebhookView> list(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> subscriptions.list(organization.value()).stream()
			.map(view -> view.withHint(hint(organization, view.id())))
			.toList());
	}

	/** Creates the subscription with a new secret, answered this once in {@code secret}. */
	public WebhookView create(OrganizationId organization, Actor actor, Draft draft) {
		SubscriptionRepository.Fields fields = checked(draft);
		String secret = WebhookSignature.newSecret();
		UUID id = Ids.next();
		return transactions.call(organization, actor, () -> {
			SecretId secretId = vault.store(organization, SECRET_PURPOSE, secret);
			subscriptions.insert(organization.value(), id, fields, secretId, actor.userId());
			return found(organization, id).withSecret(secret, hint(organization, id));
		});
	}

	public WebhookView get(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> found(organization, id).withHint(hint(organization, id)));
	}

	/** Replaces what a person writes; enabling a disabled subscription forgets the failures that disabled it. */
	public WebhookView update(OrganizationId organization, Actor actor, UUID id, Draft draft) {
		SubscriptionRepository.Fields fields = checked(draft);
		return transactions.call(organization, actor, () -> {
			found(organization, id);
			subscriptions.update(organization.value(), id, fields);
			return found(organization, id).withHint(hint(organization, id));
		});
	}

	/** The values a subscription has now, for the API's PATCH to change some of them. */
	public Draft draftOf(WebhookView view) {
		return new Draft(view.url(), view.description(), view.events(), view.enabled());
	}

	public void delete(OrganizationId organization, Actor actor, UUID id) {
		transactions.run(organization, actor, () -> {
			SecretId secret = secretOf(organization, id);
			subscriptions.delete(organization.value(), id);
			vault.delete(organization, secret);
		});
	}

	/** A new signing secret, answered this once; the old one stops signing at once. */
	public WebhookView rotateSecret(OrganizationId organization, Actor actor, UUID id) {
		String secret = WebhookSignature.newSecret();
		return transactions.call(organization, actor, () -> {
			vault.replace(organization, secretOf(organization, id), secret);
			return found(organization, id).withSecret(secret, hint(organization, id));
		});
	}

	/** Queues a {@code webhook.test} message to the subscription, sent even while it is disabled; answers the delivery. */
	public DeliveryView test(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> {
			found(organization, id);
			return delivery(organization, queue.test(organization, id));
		});
	}

	public Page deliveries(OrganizationId organization, Actor actor, UUID id, @Nullable PageCursor cursor, int limit) {
		int size = Math.clamp(limit, 1, 100);
		return transactions.call(organization, actor, () -> {
			found(organization, id);
			List<DeliveryView> rows = deliveries.page(organization.value(), id, cursor, size + 1);
			List<DeliveryView> items = rows.size() > size ? rows.subList(0, size) : rows;
			DeliveryView last = items.isEmpty() ? null : items.getLast();
			return new Page(List.copyOf(items), rows.size() > size && last != null
					? new PageCursor(last.createdAt(), last.id()).encode() : null);
		});
	}

	/** One delivery with the history of its attempts. */
	public DeliveryView delivery(OrganizationId organization, Actor actor, UUID deliveryId) {
		return transactions.call(organization, actor, () -> delivery(organization, deliveryId)
			.withHistory(deliveries.attempts(organization.value(), deliveryId)));
	}

	/**
	 * Queues a fresh attempt of a delivery, whatever became of it: same message id and payload; sent even while the
	 * subscription is disabled, since a person asked for it.
	 */
	public DeliveryView replay(OrganizationId organization, Actor actor, UUID deliveryId) {
		return transactions.call(organization, actor,
				() -> delivery(organization, queue.replay(organization, delivery(organization, deliveryId))));
	}

	private SubscriptionRepository.Fields checked(Draft draft) {
		if (draft.url() == null || draft.url().isBlank()) {
			throw WebhookInputException.field("url", "must not be blank");
		}
		addresses.check(draft.url());
		return draft.toFields();
	}

	private DeliveryView delivery(OrganizationId organization, UUID deliveryId) {
		return deliveries.find(organization.value(), deliveryId).orElseThrow(() -> NotFoundException.of("Delivery"));
	}

	private WebhookView found(OrganizationId organization, UUID id) {
		return subscriptions.find(organization.value(), id).orElseThrow(() -> NotFoundException.of("Webhook"));
	}

	private SecretId secretOf(OrganizationId organization, UUID id) {
		return subscriptions.secretOf(organization.value(), id).orElseThrow(() -> NotFoundException.of("Webhook"));
	}

	private @Nullable String hint(OrganizationId organization, UUID id) {
		return subscriptions.secretOf(organization.value(), id).flatMap(secret -> vault.hint(organization, secret)).orElse(null);
	}
}
