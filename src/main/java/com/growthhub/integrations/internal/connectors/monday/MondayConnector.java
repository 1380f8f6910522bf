package com.growthhub.integrations.internal.connectors.monday;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.Connector;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.TaskSource;
import com.growthhub.integrations.internal.connectors.WriteResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Monday.com board mirrored by a task board: connected with a personal API token, the Monday board's id and the task
 * board's id. A source of task items, not of contacts, so the contact side of {@link Connector} is empty and the engine
 * reads it through {@link TaskSource}.
 */
@Component
class MondayConnector implements Connector, TaskSource {

	static final String BOARD = "boardId";
	static final String TASK_BOARD = "taskBoardId";
	static final String STATUS_COLUMN = "statusColumnId";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Subitems live on a board of their own; its status column is taken to have the same id as the parent board's. */
	private static final String ITEM_FIELDS = "cursor items { id name column_values(ids: $columns) { id text } "
			+ "subitems { id name column_values(ids: $columns) { id text } } }";

	private final MondayApi api;

	MondayConnector(MondayApi api) {
		this.api = api;
	}

	@Override
	public Provider provider() {
		return Provider.MONDAY;
	}

	@Override
	public boolean configured() {
		return true;
	}

	@Override
	public boolean usesOAuth() {
		return false;
	}

	@Override
	public boolean syncsContacts() {
		return false;
	}

	@Override
	public List<ConnectionSetting> settings() {
		return List.of(new ConnectionSetting(BOARD, "Monday board id", "The number in the board's address (…/boards/1234567890)", true),
				new ConnectionSetting(TASK_BOARD, "Task board id", "The GrowthHub task board that mirrors it (its id from the board's address)", true),
				new ConnectionSetting(STATUS_COLUMN, "Status column id", "The id of the board's status column; status unless renamed", false));
	}

	@Override
	public URI authorizeUrl(AuthorizationRequest request) {
		throw new ProviderFailureException("Monday.com connects with an API token");
	}

	@Override
	public IssuedTokens exchange(String code, String codeVerifier, URI redirectUri) {
		throw new ProviderFailureException("Monday.com connects with an API token");
	}

	@Override
	public IssuedTokens refresh(String refreshToken) {
		throw new ProviderFailureException("Monday.com API tokens do not expire; reconnect with a new token");
	}

	/** The token works and reaches the board. */
	@Override
	public AccountInfo test(ProviderCredentials credentials) {
		JsonNode data = api.graphql(credentials, "read the board", """
				query ($board: [ID!]) { me { account { id name } } boards(ids: $board) { id name } }
				""", Map.of("board", List.of(board(credentials))), true);
		JsonNode found = data.path("boards").path(0);
		if (found.isMissingNode()) {
			throw new ProviderFailureException("Monday.com has no board " + board(credentials) + " this token can see");
		}
		return new AccountInfo(data.path("me").path("account").path("id").asString(board(credentials)),
				data.path("me").path("account").path("name").asString("Monday.com") + " · " + found.path("name").asString(""));
	}

	/** {@code boards { items_page }} for the first page, {@code next_items_page(cursor)} for the others. */
	@Override
	public TaskPage items(ProviderCredentials credentials, @Nullable String cursor, int pageSize) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("limit", Math.clamp(pageSize, 1, 500));
		variables.put("columns", List.of(statusColumn(credentials)));
		JsonNode page;
		if (cursor == null) {
			variables.put("board", List.of(board(credentials)));
			page = api.graphql(credentials, "read the board's items",
					"query ($board: [ID!], $limit: Int!, $columns: [String!]) { boards(ids: $board) { items_page(limit: $limit) { "
							+ ITEM_FIELDS + " } } }", variables, true)
				.path("boards").path(0).path("items_page");
		}
		else {
			variables.put("cursor", cursor);
			page = api.graphql(credentials, "read the board's items",
					"query ($cursor: String!, $limit: Int!, $columns: [String!]) { next_items_page(cursor: $cursor, limit: $limit) { "
							+ ITEM_FIELDS + " } }", variables, true)
				.path("next_items_page");
		}
		List<RemoteTask> items = new ArrayList<>();
		for (JsonNode item : page.path("items")) {
			List<RemoteTask> subitems = new ArrayList<>();
			item.path("subitems").forEach(subitem -> subitems.add(remote(subitem, statusColumn(credentials), List.of())));
			items.add(remote(item, statusColumn(credentials), subitems));
		}
		String next = page.path("cursor").isString() ? page.path("cursor").asString() : null;
		return new TaskPage(items, next == null || next.isBlank() ? null : next);
	}

	private static RemoteTask remote(JsonNode item, String statusColumn, List<RemoteTask> subitems) {
		String label = null;
		for (JsonNode column : item.path("column_values")) {
			if (column.path("id").asString("").equals(statusColumn) && column.path("text").isString()) {
				label = column.path("text").asString();
			}
		}
		return new RemoteTask(item.path("id").asString(), item.path("name").asString(""), label, subitems);
	}

	@Override
	public String create(ProviderCredentials credentials, String name, @Nullable String statusLabel) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("board", board(credentials));
		variables.put("name", name);
		variables.put("values", statusLabel == null ? "{}" : JSON.writeValueAsString(Map.of(statusColumn(credentials),
				Map.of("label", statusLabel))));
		JsonNode data = api.graphql(credentials, "create an item", """
				mutation ($board: ID!, $name: String!, $values: JSON) {
				  create_item(board_id: $board, item_name: $name, column_values: $values) { id } }
				""", variables, false);
		String id = data.path("create_item").path("id").asString("");
		if (id.isBlank()) {
			throw new ProviderFailureException("Monday.com created an item without answering its id");
		}
		return id;
	}

	@Override
	public void update(ProviderCredentials credentials, String itemId, @Nullable String name, @Nullable String statusLabel) {
		if (statusLabel != null) {
			api.graphql(credentials, "change an item's status", """
					mutation ($board: ID!, $item: ID!, $column: String!, $value: JSON!) {
					  change_column_value(board_id: $board, item_id: $item, column_id: $column, value: $value) { id } }
					""", Map.of("board", board(credentials), "item", itemId, "column", statusColumn(credentials), "value",
					JSON.writeValueAsString(Map.of("label", statusLabel))), true);
		}
		if (name != null) {
			api.graphql(credentials, "rename an item", """
					mutation ($board: ID!, $item: ID!, $value: String) {
					  change_simple_column_value(board_id: $board, item_id: $item, column_id: "name", value: $value) { id } }
					""", Map.of("board", board(credentials), "item", itemId, "value", name), true);
		}
	}

	/**
	 * {@code archive_item}: Monday keeps an archived item restorable for 30 days, so deleting a task here never destroys
	 * work there for good. An item Monday no longer has is already where this wants it.
	 */
	@Override
	public void archive(ProviderCredentials credentials, String itemId) {
		try {
			api.graphql(credentials, "archive an item", """
					mutation ($item: ID!) { archive_item(item_id: $item) { id } }
					""", Map.of("item", itemId), true);
		}
		catch (ProviderFailureException ex) {
			if (!ex.getMessage().toLowerCase(java.util.Locale.ROOT).contains("not found")) {
				throw ex;
			}
		}
	}

	static String board(ProviderCredentials credentials) {
		String board = credentials.settings().get(BOARD);
		if (board == null || !board.matches("\\d{1,20}")) {
			throw new ProviderFailureException("This Monday.com connection names no board; reconnect it with the board's id");
		}
		return board;
	}

	static String statusColumn(ProviderCredentials credentials) {
		String column = credentials.settings().get(STATUS_COLUMN);
		return column == null || column.isBlank() ? "status" : column;
	}

	@Override
	public RecordPage read(ProviderCredentials credentials, ReadRequest request) {
		throw new ProviderFailureException("Monday.com mirrors a task board, not contacts");
	}

	@Override
	public List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> records) {
		throw new ProviderFailureException("Monday.com mirrors a task board, not contacts");
	}

	@Override
	public List<RemoteField> fields(ProviderCredentials credentials) {
		return List.of();
	}

	@Override
	public Map<String, String> defaultMapping() {
		return Map.of();
	}
}
