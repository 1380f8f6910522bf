package com.growthhub.integrations.internal.sync;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.ConnectionRepository;
import com.growthhub.integrations.internal.connections.IntegrationInputException;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.connectors.monday.MondaySettings;
import com.growthhub.integrations.internal.connectors.monday.MondayWebhookToken;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monday.com's webhooks for a mirrored board: the subscription's {@code challenge} is answered as it came; every other
 * delivery must carry the app-signed JWT, then a new item, a renamed one or a changed status is applied to the task
 * board of each connection of that Monday board at once, and a deleted or archived one is archived here.
 */
@Component
public class TaskWebhooks {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Actor WEBHOOK = new Actor.Job("monday-webhook");

	/** An item deleted or archived there is archived here: restorable on both sides, never lost to a sync. */
	private static final java.util.Set<String> DELETIONS = java.util.Set.of("delete_pulse", "archive_pulse", "item_deleted",
			"item_archived");

	private final ConnectionRepository connections;
	private final TenantTransactions transactions;
	private final TaskMirror mirror;
	private final MondaySettings settings;

	TaskWebhooks(ConnectionRepository connections, TenantTransactions transactions, TaskMirror mirror,
			MondaySettings settings) {
		this.connections = connections;
		this.transactions = transactions;
		this.mirror = mirror;
		this.settings = settings;
	}

	/** What a delivery got: the challenge to answer, or how many task items it changed. */
	public record Outcome(@Nullable String challenge, int applied) {
	}

	public Outcome receive(@Nullable String authorization, byte[] body) {
		JsonNode delivery;
		try {
			delivery = JSON.readTree(new String(body, StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			throw IntegrationInputException.field("body", "must be Monday.com's JSON");
		}
		if (delivery.path("challenge").isString()) {
			return new Outcome(delivery.path("challenge").asString(), 0);
		}
		MondayWebhookToken.verify(authorization, settings.signingSecret(), Instant.now());
		JsonNode event = delivery.path("event");
		// A subitem's event names the subitems board; the mirrored board is its parent item's.
		String parent = event.path("parentItemId").asString("");
		String board = parent.isEmpty() ? event.path("boardId").asString("") : event.path("parentItemBoardId").asString("");
		String item = event.path("pulseId").asString("");
		if (!board.matches("\\d{1,20}") || !item.matches("\\d{1,20}")) {
			throw IntegrationInputException.field("event", "must name a boardId and a pulseId");
		}
		List<Connection> mirrors = transactions.call(TenantScope.system(WEBHOOK),
				() -> connections.bySetting(Provider.MONDAY, "boardId", board));
		int applied = 0;
		if (DELETIONS.contains(event.path("type").asString(""))) {
			for (Connection connection : mirrors) {
				applied += mirror.remove(connection, item) ? 1 : 0;
			}
			return new Outcome(null, applied);
		}
		for (Connection connection : mirrors) {
			Optional<Change> change = change(event, connection.settings());
			if (change.isPresent() && mirror.receive(connection, mirror.board(connection), item, change.get().name(),
					change.get().label(), change.get().create(), parent.isEmpty() ? null : parent) != TaskMirror.Received.UNCHANGED) {
				applied++;
			}
		}
		return new Outcome(null, applied);
	}

	private record Change(@Nullable String name, @Nullable String label, boolean create) {
	}

	/** The event types that concern the mirror, for items and subitems alike; others (updates, other columns) are ignored. */
	private static Optional<Change> change(JsonNode event, Map<String, String> settings) {
		String statusColumn = settings.getOrDefault("statusColumnId", "status");
		String type = event.path("type").asString("");
		JsonNode value = event.path("value");
		return switch (type) {
			case "create_pulse", "create_item", "create_subitem" -> Optional.of(new Change(event.path("pulseName").asString("(no name)"),
					value.isMissingNode() ? null : text(value.path(statusColumn).path("label").path("text")), true));
			case "update_name", "change_name" -> Optional.ofNullable(text(value.path("name")))
				.map(name -> new Change(name, null, false));
			case "update_column_value", "change_column_value", "change_status_column_value" -> {
				if (!statusColumn.equals(event.path("columnId").asString(""))) {
					yield Optional.empty();
				}
				yield Optional.ofNullable(text(value.path("label").path("text"))).map(label -> new Change(null, label, false));
			}
			default -> Optional.empty();
		};
	}

	private static @Nullable String text(JsonNode node) {
		return node.isString() && !node.asString().isBlank() ? node.asString() : null;
	}
}
