package com.growthhub.media.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.platform.csv.CsvExport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.EnumKeys;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * The media inventory as CSV ({@code /exports/media.csv}, {@code /api/v1/media.csv}), with the filters of
 * {@code GET /api/v1/media}: every item the person may see, with its owner, collections, events and contacts. Read
 * page by page, so any size streams.
 */
@Component
public class MediaCsvExport implements CsvExport {

	private static final int PAGE = 500;

	private final MediaLibrary library;
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Members members;

	MediaCsvExport(MediaLibrary library, JdbcClient jdbc, TenantTransactions transactions, Members members) {
		this.library = library;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.members = members;
	}

	@Override
	public String name() {
		return "media";
	}

	@Override
	public void write(OrganizationId organization, Actor actor, Map<String, List<String>> parameters, Rows rows) {
		MediaQuery query = query(parameters);
		Map<UUID, String> owners = new HashMap<>();
		members.list(organization).forEach(member -> owners.put(member.userId(), member.email()));
		rows.header(List.of("id", "name", "type", "contentType", "sizeBytes", "status", "failureReason", "width", "height",
				"durationMs", "accessLevel", "tags", "owner", "collections", "eventIds", "contactIds", "createdAt"));
		PageCursor cursor = null;
		do {
			MediaLibrary.Page page = library.list(organization, actor, query, cursor, PAGE);
			List<UUID> ids = page.items().stream().map(MediaItem::id).toList();
			Map<UUID, ItemLinks> links = library.links(organization, actor, ids);
			Map<UUID, List<String>> collections = collections(organization, actor, ids);
			for (MediaItem item : page.items()) {
				ItemLinks linked = links.getOrDefault(item.id(), ItemLinks.NONE);
				rows.row(List.of(item.id().toString(), item.name(), item.type().key(), item.contentType(),
						String.valueOf(item.sizeBytes()), item.status().key(), text(item.failureReason()), text(item.width()),
						text(item.height()), text(item.durationMs()), item.accessLevel().key(), String.join("; ", item.tags()),
						owners.getOrDefault(item.ownerId(), ""),
						String.join("; ", collections.getOrDefault(item.id(), List.of())), joined(linked.eventIds()),
						joined(linked.contactIds()), item.createdAt().toString()));
			}
			cursor = PageCursor.parse(page.nextCursor());
		}
		while (cursor != null);
	}

	private Map<UUID, List<String>> collections(OrganizationId organization, Actor actor, List<UUID> ids) {
		Map<UUID, List<String>> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		transactions.run(organization, actor, () -> jdbc.sql("""
				select ci.media_id, c.name from media_collection_items ci join media_collections c on c.id = ci.collection_id
				where ci.organization_id = ? and ci.media_id = any(?) order by c.name
				""").params(organization.value(), ids.toArray(UUID[]::new)).query(rs -> {
					names.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
				}));
		return names;
	}

	static MediaQuery query(Map<String, List<String>> parameters) {
		return new MediaQuery(parse(parameters, "type", value -> enumValue(MediaType.class, "type", value)),
				first(parameters, "q"), first(parameters, "tag"), parse(parameters, "from", MediaCsvExport::instant),
				parse(parameters, "to", MediaCsvExport::instant),
				parse(parameters, "status", value -> enumValue(MediaStatus.class, "status", value)),
				parse(parameters, "collectionId", value -> uuid("collectionId", value)),
				parse(parameters, "eventId", value -> uuid("eventId", value)),
				parse(parameters, "contactId", value -> uuid("contactId", value)));
	}

	private static @Nullable String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
	}

	private static <T> @Nullable T parse(Map<String, List<String>> parameters, String name, Function<String, T> parser) {
		String value = first(parameters, name);
		return value == null ? null : parser.apply(value);
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
		E found = EnumKeys.find(type, value);
		if (found == null) {
			throw MediaInputException.field(field, EnumKeys.mustBeOneOf(type));
		}
		return found;
	}

	private static Instant instant(String value) {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw MediaInputException.field("from/to", "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
		}
	}

	private static UUID uuid(String field, String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw MediaInputException.field(field, "must be a UUID");
		}
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	private static String joined(List<UUID> ids) {
		return String.join("; ", ids.stream().map(UUID::toString).toList());
	}
}
