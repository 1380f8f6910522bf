package com.growthhub.billing.internal.payments.stripe;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;

/**
 * Opens Stripe Checkout for an invoice (Checkout Sessions API, {@code POST /v1/checkout/sessions}, mode payment).
 * The organization and invoice travel as metadata on the session and on its payment intent, so the webhook knows
 * where a payment or a refund belongs without asking Stripe again.
 */
@Component
public class StripeCheckout {

	public static final String ORGANIZATION = "growthhub_organization_id";

	public static final String INVOICE = "growthhub_invoice_id";

	private volatile StripeSettings settings;

	private volatile StripeClient client;

	StripeCheckout(StripeSettings settings) {
		this.settings = settings;
		this.client = client(settings);
	}

	private static StripeClient client(StripeSettings settings) {
		return StripeClient.builder()
			.setApiKey(settings.enabled() ? settings.secretKey() : "sk_unset")
			.setApiBase(settings.apiBase())
			.setConnectTimeout(5_000)
			.setReadTimeout(15_000)
			.setMaxNetworkRetries(1)
			.build();
	}

	/**
	 * Tests only: points the running bean at other settings (a WireMock Stripe) and answers the ones it had, to put
	 * back; a test context of its own would cost the suite seconds.
	 */
	public StripeSettings useForTests(StripeSettings other) {
		StripeSettings before = settings;
		client = client(other);
		settings = other;
		return before;
	}

	public boolean enabled() {
		return settings.enabled();
	}

	/** Answers the URL of the hosted payment page. */
	public String open(CheckoutRequest request) {
		if (!enabled()) {
			throw StripeUnavailableException.notConfigured();
		}
		String organization = request.organizationId().toString();
		String invoice = request.invoiceId().toString();
		SessionCreateParams params = SessionCreateParams.builder()
			.setMode(SessionCreateParams.Mode.PAYMENT)
			.setClientReferenceId(invoice)
			.setSuccessUrl(request.returnUrl() + "?paid=1")
			.setCancelUrl(request.returnUrl())
			.putMetadata(ORGANIZATION, organization)
			.putMetadata(INVOICE, invoice)
			.setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
				.putMetadata(ORGANIZATION, organization)
				.putMetadata(INVOICE, invoice)
				.build())
			.addLineItem(SessionCreateParams.LineItem.builder()
				.setQuantity(1L)
				.setPriceData(SessionCreateParams.LineItem.PriceData.builder()
					.setCurrency(request.currency().toLowerCase(Locale.ROOT))
					.setUnitAmount(request.amountCents())
					.setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
						.setName(request.description())
						.build())
					.build())
				.build())
			.build();
		try {
			Session session = client.v1().checkout().sessions().create(params);
			if (session.getUrl() == null) {
				throw StripeUnavailableException.unexpectedAnswer();
			}
			return session.getUrl();
		}
		catch (StripeException ex) {
			throw StripeUnavailableException.failed(ex);
		}
	}
}
