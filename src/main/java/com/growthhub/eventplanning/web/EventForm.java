package com.growthhub.eventplanning.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import com.growthhub.eventplanning.internal.EventDraft;
import com.growthhub.eventplanning.internal.EventType;
import com.growthhub.eventplanning.internal.EventView;
import com.growthhub.platform.web.Amount;
import com.growthhub.platform.web.CurrencyCode;
import com.growthhub.platform.web.TimeZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The event form: start and end as the event's own clock shows them ({@code datetime-local}) in the chosen zone,
 * the budget in units as people type it.
 */
record EventForm(@NotBlank @Size(max = 200) @Nullable String title, @Nullable @Size(max = 10000) String description,
		@NotNull @Nullable EventType type, @Nullable @Size(max = 500) String venue, @Nullable @Size(max = 2000) String onlineUrl,
		@NotNull @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
		@NotNull @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
		@NotBlank @TimeZoneId @Nullable String timeZone, @Nullable @Min(1) Integer capacity, @Nullable Amount budget,
		@NotBlank @CurrencyCode @Nullable String currency, @Nullable @Min(0) @Max(43200) Integer reminderLeadMinutes,
		@Nullable UUID ownerId) {

	static EventForm blank(String zone, String currency, LocalDateTime start) {
		return new EventForm(null, null, EventType.MEETUP, null, null, start, start.plusHours(2), zone, null, null, currency,
				1440, null);
	}

	static EventForm of(EventView event) {
		return new EventForm(event.title(), event.description(), event.type(), event.venue(), event.onlineUrl(),
				event.localStart(), event.localEnd(), event.timeZone(), event.capacity(),
				event.budgetCents() == null ? null : new Amount(event.budgetCents()), event.currency(),
				event.reminderLeadMinutes(), event.ownerId());
	}

	/** Call only when the form bound without errors. */
	EventDraft toDraft() {
		ZoneId zone = ZoneId.of(timeZone);
		return new EventDraft(title, description, type, venue, onlineUrl, startsAt.atZone(zone).toInstant(),
				endsAt.atZone(zone).toInstant(), timeZone, capacity, budget == null ? null : budget.cents(), currency, ownerId,
				reminderLeadMinutes);
	}
}
