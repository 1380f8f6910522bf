package com.growthhub.integrations.internal.webhooks;

import java.util.Locale;

/**
 * The catalogue of events an organization can subscribe a URL to: one place, listed in the API description and in
 * docs/api.md. The API names them in lower-case snake_case like every enum ({@code contact_created}); the delivered
 * payload's {@code type} is the dotted name ({@code contact.created}). Modules that come later add their events here.
 */
public enum WebhookEventType {

	CONTACT_CREATED("A contact was created by a person (imports announce theirs as import.completed)"),
	CONTACT_UPDATED("A contact's fields were changed"),
	CONTACT_DELETED("A contact was moved to the trash"),
	CONTACT_CONVERTED("A contact moved forward in its lifecycle (target to contact, contact to plug)"),
	CONTACT_MERGED("A duplicate was merged into another contact"),
	DEAL_CREATED("A deal was opened"),
	DEAL_STAGE_CHANGED("A deal moved to another stage of its pipeline"),
	DEAL_WON("A deal reached a won stage"),
	DEAL_LOST("A deal was moved to a lost stage"),
	IMPORT_COMPLETED("A CSV import of contacts finished"),
	FORM_SUBMITTED("A submission of a published form was processed into a contact (and a deal, when the form opens one)"),
	PAYMENT_SUCCEEDED("Money arrived for an invoice: a card payment through Stripe or one recorded by hand"),
	INVOICE_PAID("An invoice was paid in full");

	/** The type of the payload "send test event" delivers; not subscribable. */
	public static final String TEST = "webhook.test";

	private final String description;

	WebhookEventType(String description) {
		this.description = description;
	}

	/** The payload's {@code type}: {@code contact.created}, {@code deal.stage_changed}. */
	public String dottedName() {
		String key = name().toLowerCase(Locale.ROOT);
		int first = key.indexOf('_');
		return key.substring(0, first) + "." + key.substring(first + 1);
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String description() {
		return description;
	}
}
