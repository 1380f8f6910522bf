package com.growthhub.billing.internal.payments.stripe;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.growthhub.billing.internal.payments.StripePaymentEffects;
import com.growthhub.shared.OrganizationId;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;

/**
 * Reads Stripe's webhook deliveries: the {@code Stripe-Signature} header is checked (HMAC-SHA256 with the endpoint's
 * secret, at most 300 s old) before anything in the body is believed. Handled: {@code checkout.session.completed} and
 * {@code checkout.session.async_payment_succeeded} once paid (a payment), {@code charge.refunded} (a refund); other
 * event types are acknowledged and ignored.
 */
@Component
public class StripeWebhooks {

	static final long TOLERANCE_SECONDS = 300;

	private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

	private volatile StripeSettings settings;

	private final StripePaymentEffects effects;

	StripeWebhooks(StripeSettings settings, StripePaymentEffects effects) {
		this.settings = settings;
		this.effects = effects;
	}

	/** Tests only: the webhook secret of a WireMock Stripe on the running bean; answers the settings it had. */
	public StripeSettings useForTests(StripeSettings other) {
		StripeSettings before = settings;
		settings = other;
		return before;
	}

	public void receive(String payload, @Nullable String signature) {
		if (!settings.receivesWebhooks()) {
			throw StripeWebhookRefusedException.notConfigured();
		}
		if (signature == null || signature.isBlank()) {
			throw StripeWebhookRefusedException.unsigned();
		}
		Event event = verified(payload, signature);
		switch (event.getType()) {
			case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
				sessionPaid(event, (Session) object(event));
			case "charge.refunded" -> chargeRefunded(event, (Charge) object(event));
			default -> log.debug("Stripe event {} of type {} ignored", event.getId(), event.getType());
		}
	}

	private Event verified(String payload, String signature) {
		try {
			return Webhook.constructEvent(payload, signature, settings.webhookSecret(), TOLERANCE_SECONDS);
		}
		catch (SignatureVerificationException ex) {
			throw StripeWebhookRefusedException.badSignature(ex.getMessage());
		}
		catch (RuntimeException ex) {
			// Signed but not an event Stripe's library can read (the signature check itself came first).
			throw StripeWebhookRefusedException.unreadable();
		}
	}

	// The library answers empty when the event's API version differs from its own; the objects read here
	// (session and charge ids, amounts, metadata) are stable across versions, so read them anyway.
	private static StripeObject object(Event event) {
		try {
			return event.getDataObjectDeserializer().deserializeUnsafe();
		}
		catch (EventDataObjectDeserializationException | RuntimeException ex) {
			throw StripeWebhookRefusedException.unreadable();
		}
	}

	private void sessionPaid(Event event, Session session) {
		if (!"paid".equals(session.getPaymentStatus())) {
			return; // an asynchronous method still pending: async_payment_succeeded will follow
		}
		Map<String, String> metadata = session.getMetadata() == null ? Map.of() : session.getMetadata();
		Optional<OrganizationId> organization = organization(metadata);
		Optional<UUID> invoice = uuid(metadata.get(StripeCheckout.INVOICE));
		if (organization.isEmpty() || invoice.isEmpty() || session.getAmountTotal() == null || session.getCurrency() == null) {
			log.info("Stripe checkout session {} is not one of ours; ignored", session.getId());
			return;
		}
		String paymentIntent = session.getPaymentIntent() == null ? session.getId() : session.getPaymentIntent();
		effects.paid(new StripePaymentEffects.CheckoutPaid(event.getId(), event.getType(), organization.get(), invoice.get(),
				session.getId(), paymentIntent, session.getAmountTotal(), session.getCurrency().toUpperCase(Locale.ROOT),
				Instant.ofEpochSecond(event.getCreated())));
	}

	private void chargeRefunded(Event event, Charge charge) {
		if (charge.getPaymentIntent() == null || charge.getAmountRefunded() == null) {
			return;
		}
		Map<String, String> metadata = charge.getMetadata() == null ? Map.of() : charge.getMetadata();
		boolean known = effects.refunded(new StripePaymentEffects.ChargeRefunded(event.getId(), charge.getPaymentIntent(),
				charge.getAmountRefunded()), organization(metadata));
		if (!known) {
			throw StripeWebhookRefusedException.notYetKnown();
		}
	}

	private static Optional<OrganizationId> organization(Map<String, String> metadata) {
		return uuid(metadata.get(StripeCheckout.ORGANIZATION)).map(OrganizationId::of);
	}

	private static Optional<UUID> uuid(@Nullable String text) {
		try {
			return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
