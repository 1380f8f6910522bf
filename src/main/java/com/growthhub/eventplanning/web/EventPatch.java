package com.growthhub.eventplanning.web;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.eventplanning.internal.EventDraft;
import com.growthhub.eventplanning.internal.EventInputException;
import com.growthhub.eventplanning.internal.EventStatus;
import com.growthhub.eventplanning.internal.EventType;
import com.growthhub.eventplanning.internal.EventView;
import com.growthhub.platform.web.CurrencyCode;
import com.growthhub.platform.web.TimeZoneId;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/**
 * Changes to an event: absent fields stay. The optional ones (description, venue, onlineUrl, capacity, budgetCents)
 * arrive as JSON nodes so that an explicit {@code null} clears them. {@code status} moves the event after the other
 * changes; {@code version} answers 409 when someone changed the event since it was read.
 */
record EventPatch(@Nullable @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") @Size(max = 200) String title,
		@Schema(type = "string", nullable = true) @Nullable JsonNode description, @Nullable EventType type,
		@Schema(type = "string", nullable = true) @Nullable JsonNode venue,
		@Schema(type = "string", format = "uri", nullable = true) @Nullable JsonNode onlineUrl,
		@Nullable Instant startsAt, @Nullable Instant endsAt, @Nullable @TimeZoneId String timeZone,
		@Schema(type = "integer", nullable = true) @Nullable JsonNode capacity,
		@Schema(type = "integer", format = "int64", nullable = true) @Nullable JsonNode budgetCents,
		@Nullable @CurrencyCode String currency, @Nullable UUID ownerId,
		@Nullable @Min(0) @Max(43200) Integer reminderLeadMinutes, @Nullable EventStatus status, @Nullable Long version) {

	/** Whether any field other than the status changes. */
	boolean changesFields() {
		return title != null || description != null || type != null || venue != null || onlineUrl != null || startsAt != null
				|| endsAt != null || timeZone != null || capacity != null || budgetCents != null || currency != null
				|| ownerId != null || reminderLeadMinutes != null;
	}

	EventDraft applyTo(EventView current) {
		return new EventDraft(Objects.requireNonNullElse(title, current.title()), text(description, "description",
				current.description()), Objects.requireNonNullElse(type, current.type()),
				text(venue, "venue", current.venue()), text(onlineUrl, "onlineUrl", current.onlineUrl()),
				Objects.requireNonNullElse(startsAt, current.startsAt()), Objects.requireNonNullElse(endsAt, current.endsAt()),
				Objects.requireNonNullElse(timeZone, current.timeZone()), number(capacity, "capacity", current.capacity()),
				wholeNumber(budgetCents, "budgetCents", current.budgetCents()),
				Objects.requireNonNullElse(currency, current.currency()), Objects.requireNonNullElse(ownerId, current.ownerId()),
				Objects.requireNonNullElse(reminderLeadMinutes, current.reminderLeadMinutes()));
	}

	private static @Nullable String text(@Nullable JsonNode node, String field, @Nullable String current) {
		if (node == null) {
			return current;
		}
		if (node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw EventInputException.field(field, "must be text or null");
		}
		return node.asString();
	}

	private static @Nullable Integer number(@Nullable JsonNode node, String field, @Nullable Integer current) {
		if (node == null) {
			return current;
		}
		if (node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			throw EventInputException.field(field, "must be a whole number or null");
		}
		return node.asInt();
	}

	private static @Nullable Long wholeNumber(@Nullable JsonNode node, String field, @Nullable Long current) {
		if (node == null) {
			return current;
		}
		if (node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			throw EventInputException.field(field, "must be a whole number or null");
		}
		return node.asLong();
	}
}
