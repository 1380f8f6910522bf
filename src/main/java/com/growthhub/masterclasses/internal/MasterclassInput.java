package com.growthhub.masterclasses.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.growthhub.masterclasses.internal.MasterclassView.AgendaItem;
import com.growthhub.masterclasses.internal.MasterclassView.Question;
import com.growthhub.masterclasses.internal.MasterclassView.StreamKind;
import com.growthhub.platform.web.CurrencyCode;

/**
 * Everything a person or program writes on a masterclass, checked. Read from a JSON body or the staff form's fields
 * (the agenda and questions there as lines: {@code 15 Pricing} and {@code goal | Your goal? | required}); a PATCH reads
 * only the fields it names over the current values.
 */
public record MasterclassInput(String slug, String title, String description, List<AgendaItem> agenda,
		List<Question> questions, @Nullable UUID hostUserId, Instant startsAt, Instant endsAt, String timeZone,
		long priceCents, String currency, @Nullable Integer capacity, @Nullable UUID coverFileId, StreamKind streamKind,
		@Nullable String streamUrl, @Nullable UUID bookingPageId,
		int attendanceThresholdMinutes) {

	static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,78}[a-z0-9]$");
	private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");
	private static final Set<String> FIELDS = Set.of("slug", "title", "description", "agenda", "questions", "hostUserId",
			"startsAt", "endsAt", "timeZone", "priceCents", "currency", "capacity", "streamKind",
			"streamUrl", "bookingPageId", "attendanceThresholdMinutes");

	/** The values of {@code current}, to apply a PATCH over. */
	public static MasterclassInput of(MasterclassView current) {
		return new MasterclassInput(current.slug(), current.title(), current.description(), current.agenda(),
				current.questions(), current.hostUserId(), current.startsAt(), current.endsAt(), current.timeZone(),
				current.priceCents(), current.currency(), current.capacity(), current.coverFileId(),
				current.streamKind(), current.streamUrl(), current.bookingPageId(),
				current.attendanceThresholdMinutes());
	}

	/**
	 * @param body the request's fields; absent ones keep the value of {@code base}, or the default for a new class
	 * @param base the current values for a PATCH, null for a new class (title, slug, startsAt and endsAt required)
	 */
	public static MasterclassInput read(Map<String, ? extends @Nullable Object> body, @Nullable MasterclassInput base) {
		for (String key : body.keySet()) {
			if (!FIELDS.contains(key)) {
				throw MasterclassInputException.field(key, "is not a field of a masterclass");
			}
		}
		Fields fields = new Fields(body, base == null);
		String timeZone = fields.has("timeZone") ? zone(fields.text("timeZone", 64)) : base != null ? base.timeZone() : "UTC";
		ZoneId zone = ZoneId.of(timeZone);
		String title = fields.has("title") ? fields.required("title", 200) : base(base).title();
		String slug = fields.has("slug") ? slug(fields.required("slug", 80)) : base(base).slug();
		Instant startsAt = fields.has("startsAt") ? fields.instant("startsAt", zone) : base(base).startsAt();
		Instant endsAt = fields.has("endsAt") ? fields.instant("endsAt", zone) : base(base).endsAt();
		if (!endsAt.isAfter(startsAt)) {
			throw MasterclassInputException.field("endsAt", "must be after startsAt");
		}
		String currency = fields.has("currency") ? currency(fields.required("currency", 3)) : base != null ? base.currency()
				: "EUR";
		long price = fields.has("priceCents") ? fields.number("priceCents", 0, 100_000_000L) : base != null
				? base.priceCents() : 0;
		Integer capacity = fields.has("capacity") ? fields.optionalNumber("capacity", 1, 1_000_000) : base != null
				? base.capacity() : null;
		StreamKind kind = fields.has("streamKind") ? streamKind(fields.required("streamKind", 10)) : base != null
				? base.streamKind() : StreamKind.URL;
		String streamUrl = fields.has("streamUrl") ? url(fields.text("streamUrl", 2000)) : base != null ? base.streamUrl()
				: null;
		int threshold = fields.has("attendanceThresholdMinutes")
				? (int) fields.number("attendanceThresholdMinutes", 0, 1440)
				: base != null ? base.attendanceThresholdMinutes() : 10;
		return new MasterclassInput(slug, title,
				fields.has("description") ? nonNull(fields.text("description", 20000)) : base != null ? base.description() : "",
				fields.has("agenda") ? agenda(body.get("agenda")) : base != null ? base.agenda() : List.of(),
				fields.has("questions") ? questions(body.get("questions")) : base != null ? base.questions() : List.of(),
				fields.has("hostUserId") ? fields.id("hostUserId") : base != null ? base.hostUserId() : null, startsAt,
				endsAt, timeZone, price, currency, capacity,
				// The cover is uploaded on its own (MasterclassCovers): an id written here could make any file public.
				base != null ? base.coverFileId() : null, kind,
				streamUrl, fields.has("bookingPageId") ? fields.id("bookingPageId") : base != null ? base.bookingPageId() : null, threshold);
	}

	private static MasterclassInput base(@Nullable MasterclassInput base) {
		if (base == null) {
			throw new IllegalStateException("required fields are checked before");
		}
		return base;
	}

	private static String nonNull(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static String slug(String slug) {
		String lower = slug.toLowerCase(Locale.ROOT);
		if (!SLUG.matcher(lower).matches()) {
			throw MasterclassInputException.field("slug",
					"must be 3 to 80 lower-case letters, digits and hyphens, starting and ending with a letter or digit");
		}
		return lower;
	}

	private static String zone(@Nullable String zone) {
		try {
			return ZoneId.of(zone == null ? "" : zone).getId();
		}
		catch (DateTimeException ex) {
			throw MasterclassInputException.field("timeZone", "must be a time zone such as Europe/Berlin");
		}
	}

	private static String currency(String currency) {
		if (!CurrencyCode.Validator.known(currency)) {
			throw MasterclassInputException.field("currency", "must be an ISO 4217 currency code such as EUR");
		}
		return currency.toUpperCase(Locale.ROOT);
	}

	private static StreamKind streamKind(String kind) {
		try {
			return StreamKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw MasterclassInputException.field("streamKind", "must be hls, youtube, vimeo or url");
		}
	}

	private static @Nullable String url(@Nullable String url) {
		if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
			throw MasterclassInputException.field("streamUrl", "must be an http or https URL");
		}
		return url;
	}

	static List<AgendaItem> agenda(@Nullable Object value) {
		List<AgendaItem> items = new ArrayList<>();
		if (value == null) {
			return items;
		}
		if (value instanceof String lines) {
			for (String line : lines.split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.strip().split("\\s+", 2);
				items.add(agendaItem(parts[0], parts.length > 1 ? parts[1] : ""));
			}
		}
		else if (value instanceof Collection<?> list) {
			for (Object entry : list) {
				if (!(entry instanceof Map<?, ?> map)) {
					throw MasterclassInputException.field("agenda", "must be a list of {minute, title}");
				}
				items.add(agendaItem(String.valueOf(map.get("minute")), String.valueOf(map.get("title"))));
			}
		}
		else {
			throw MasterclassInputException.field("agenda", "must be a list of {minute, title}");
		}
		if (items.size() > 100) {
			throw MasterclassInputException.field("agenda", "has at most 100 items");
		}
		return List.copyOf(items);
	}

	private static AgendaItem agendaItem(String minute, String title) {
		int at;
		try {
			at = Integer.parseInt(minute.strip());
		}
		catch (NumberFormatException ex) {
			throw MasterclassInputException.field("agenda", "needs a whole minute for every item");
		}
		if (at < 0 || at > 1440 || title.isBlank() || title.equals("null") || title.length() > 200) {
			throw MasterclassInputException.field("agenda",
					"needs a minute from 0 to 1440 and a title of up to 200 characters for every item");
		}
		return new AgendaItem(at, title.strip());
	}

	static List<Question> questions(@Nullable Object value) {
		List<Question> questions = new ArrayList<>();
		if (value == null) {
			return questions;
		}
		if (value instanceof String lines) {
			for (String line : lines.split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.split("\\|");
				questions.add(question(parts[0], parts.length > 1 ? parts[1] : "",
						parts.length > 2 && parts[2].strip().equalsIgnoreCase("required")));
			}
		}
		else if (value instanceof Collection<?> list) {
			for (Object entry : list) {
				if (!(entry instanceof Map<?, ?> map)) {
					throw MasterclassInputException.field("questions", "must be a list of {key, label, required}");
				}
				questions.add(question(String.valueOf(map.get("key")), String.valueOf(map.get("label")),
						Boolean.TRUE.equals(map.get("required"))));
			}
		}
		else {
			throw MasterclassInputException.field("questions", "must be a list of {key, label, required}");
		}
		Set<String> keys = new HashSet<>();
		if (questions.size() > 20 || !questions.stream().allMatch(question -> keys.add(question.key()))) {
			throw MasterclassInputException.field("questions", "has at most 20 questions with different keys");
		}
		return List.copyOf(questions);
	}

	private static Question question(String key, String label, boolean required) {
		String k = key.strip();
		if (!KEY.matcher(k).matches() || label.isBlank() || label.equals("null") || label.length() > 200) {
			throw MasterclassInputException.field("questions",
					"needs a key (lower-case letters, digits, _) and a label of up to 200 characters for every question");
		}
		return new Question(k, label.strip(), required);
	}

	/** The request's values, typed, each failure naming its field. */
	private static final class Fields {

		private final Map<String, ? extends @Nullable Object> body;

		Fields(Map<String, ? extends @Nullable Object> body, boolean creating) {
			this.body = body;
			if (creating) {
				for (String required : List.of("title", "slug", "startsAt", "endsAt")) {
					if (body.get(required) == null || String.valueOf(body.get(required)).isBlank()) {
						throw MasterclassInputException.field(required, "is required");
					}
				}
			}
		}

		boolean has(String key) {
			return body.containsKey(key);
		}

		@Nullable String text(String key, int max) {
			Object value = body.get(key);
			if (value == null || String.valueOf(value).isBlank()) {
				return null;
			}
			if (!(value instanceof String text)) {
				throw MasterclassInputException.field(key, "must be text");
			}
			if (text.length() > max) {
				throw MasterclassInputException.field(key, "has at most " + max + " characters");
			}
			return text.strip();
		}

		String required(String key, int max) {
			String text = text(key, max);
			if (text == null) {
				throw MasterclassInputException.field(key, "is required");
			}
			return text;
		}

		@Nullable UUID id(String key) {
			String text = text(key, 36);
			try {
				return text == null ? null : UUID.fromString(text);
			}
			catch (IllegalArgumentException ex) {
				throw MasterclassInputException.field(key, "must be an id");
			}
		}

		/** An instant, or a local date and time in the class's zone (the form's datetime-local fields). */
		Instant instant(String key, ZoneId zone) {
			String text = required(key, 40);
			try {
				return Instant.parse(text);
			}
			catch (DateTimeParseException ex) {
				try {
					return LocalDateTime.parse(text).atZone(zone).toInstant();
				}
				catch (DateTimeParseException again) {
					throw MasterclassInputException.field(key, "must be an instant such as 2026-03-10T15:00:00Z");
				}
			}
		}

		long number(String key, long min, long max) {
			Long value = optionalLong(key);
			if (value == null) {
				throw MasterclassInputException.field(key, "is required");
			}
			if (value < min || value > max) {
				throw MasterclassInputException.field(key, "must be between " + min + " and " + max);
			}
			return value;
		}

		@Nullable Integer optionalNumber(String key, int min, int max) {
			Long value = optionalLong(key);
			if (value == null) {
				return null;
			}
			if (value < min || value > max) {
				throw MasterclassInputException.field(key, "must be between " + min + " and " + max + ", or null");
			}
			return value.intValue();
		}

		private @Nullable Long optionalLong(String key) {
			Object value = body.get(key);
			if (value == null || value instanceof String text && text.isBlank()) {
				return null;
			}
			if (value instanceof Integer || value instanceof Long || value instanceof Short) {
				return ((Number) value).longValue();
			}
			if (value instanceof String text) {
				try {
					return Long.parseLong(text.strip());
				}
				catch (NumberFormatException ex) {
					// falls through to the refusal below
				}
			}
			throw MasterclassInputException.field(key, "must be a whole number");
		}
	}

	/** The body keys with their values as the staff form posts them (strings), for {@link #read}. */
	public static Map<String, @Nullable Object> formFields(Map<String, String> form) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			if (FIELDS.contains(key)) {
				fields.put(key, value.isBlank() ? null : value);
			}
		});
		return fields;
	}
}
