package com.growthhub.billing.internal.payments.stripe;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code growthhub.stripe.*} (environment {@code GROWTHHUB_STRIPE_*}). Without a secret key Stripe is off: invoices
 * show no pay button and staff record payments by hand.
 *
 * @param secretKey the account's secret API key ({@code sk_…})
 * @param webhookSecret the webhook endpoint's signing secret ({@code whsec_…}) that signs {@code POST /webhooks/stripe}
 * @param apiBase where Stripe's API answers; a test points it at a local stub
 */
@ConfigurationProperties("growthhub.stripe")
public record StripeSettings(@Nullable String secretKey, @Nullable String webhookSecret,
		@DefaultValue("https://api.stripe.com") String apiBase) {

	public boolean enabled() {
		return secretKey != null && !secretKey.isBlank();
	}

	public boolean receivesWebhooks() {
		return webhookSecret != null && !webhookSecret.isBlank();
	}
}
