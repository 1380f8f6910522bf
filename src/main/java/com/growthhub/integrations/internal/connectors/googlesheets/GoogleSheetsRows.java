package com.growthhub.integrations.internal.connectors.googlesheets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ExternalRecord;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderRateLimitedException;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.WriteResult;

/**
 * Contacts as rows of one sheet: the first row names the columns, and a {@code growthhub_id} column, added when
 * missing, gives every row a key that survives sorting, inserted rows and edited emails; a row without a key gets one
 * when read. A sheet keeps no modification times, so an increment reads every row again ({@code since} is ignored,
 * {@code modifiedAt} is the time of reading) and the engine compares the values with what it last saw. Rows a person
 * deletes simply stop coming back. The cursor is the sheet row the next page starts at.
 */
@Component
class GoogleSheetsRows {

	static final String KEY = "growthhub_id";

	private final GoogleSheetsApi api;

	private final Clock clock;

	GoogleSheetsRows(GoogleSheetsApi api) {
		this.api = api;
		this.clock = Clock.systemUTC();
	}

	RecordPage read(ProviderCredentials credentials, ReadRequest request) {
		SheetRange range = new SheetRange(GoogleSheetsApi.sheet(credentials));
		int size = Math.clamp(request.pageSize(), 1, 5000);
		int first = firstRow(request.cursor());
		List<List<List<String>>> answer = this.api.values(credentials, "read rows", range.headerRow(),
				range.rows(first, first + size - 1));
		List<String> header = answer.isEmpty() || answer.getFirst().isEmpty() ? List.of() : answer.getFirst().getFirst();
		List<List<String>> rows = answer.size() < 2 ? List.of() : answer.get(1);
		if (header.isEmpty()) {
			return new RecordPage(List.of(), null);
		}
		List<Map<String, Object>> keysToWrite = new ArrayList<>();
		int keyColumn = header.indexOf(KEY);
		if (keyColumn < 0) {
			keyColumn = header.size();
			keysToWrite.add(cells(range.cell(keyColumn, 1), KEY));
		}
		Instant now = this.clock.instant();
		List<ExternalRecord> records = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			String key = keyColumn < row.size() ? row.get(keyColumn).strip() : "";
			if (key.isEmpty()) {
				key = UUID.randomUUID().toString();
				keysToWrite.add(cells(range.cell(keyColumn, first + i), key));
			}
			records.add(new ExternalRecord(key, now, fields(header, row, keyColumn), false));
		}
		if (!keysToWrite.isEmpty()) {
			this.api.update(credentials, "write row keys", keysToWrite);
		}
		return new RecordPage(records, rows.size() == size ? Integer.toString(first + size) : null);
	}

	List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> records) {
		SheetRange range = new SheetRange(GoogleSheetsApi.sheet(credentials));
		List<List<String>> headerRows = this.api.values(credentials, "read the header row", range.headerRow()).getFirst();
		List<String> header = new ArrayList<>(headerRows.isEmpty() ? List.of() : headerRows.getFirst());
		int existing = header.size();
		if (!header.contains(KEY)) {
			header.add(KEY);
		}
		records.forEach(record -> record.fields().keySet().stream().filter(name -> !header.contains(name)).forEach(header::add));
		if (header.size() > SheetRange.MAX_COLUMNS) {
			throw new ProviderFailureException("The sheet would need more than " + SheetRange.MAX_COLUMNS + " columns");
		}
		if (header.size() > existing) {
			List<@Nullable String> added = new ArrayList<>(Arrays.asList(new String[existing]));
			added.addAll(header.subList(existing, header.size()));
			this.api.update(credentials, "add columns", List.of(row(range.row(1, header.size() - 1), added)));
		}
		int keyColumn = header.indexOf(KEY);
		Map<String, Integer> rowByKey = rowsByKey(this.api.values(credentials, "read row keys", range.column(keyColumn)).getFirst());
		Map<UUID, WriteResult> results = new HashMap<>();
		List<Map<String, Object>> updates = new ArrayList<>();
		List<OutboundRecord> updated = new ArrayList<>();
		List<List<@Nullable String>> appended = new ArrayList<>();
		List<OutboundRecord> created = new ArrayList<>();
		for (OutboundRecord record : records) {
			Integer row = record.externalId() == null ? null : rowByKey.get(record.externalId());
			if (record.externalId() != null && row == null) {
				results.put(record.contactId(), new WriteResult(record.contactId(), record.externalId(),
						"This contact's row is no longer in the sheet"));
			}
			else if (row != null) {
				updates.add(row(range.row(row, header.size() - 1), cells(header, record.fields(), null, null)));
				updated.add(record);
			}
			else {
				String key = UUID.randomUUID().toString();
				appended.add(cells(header, record.fields(), keyColumn, key));
				created.add(record);
				results.put(record.contactId(), new WriteResult(record.contactId(), key, null));
			}
		}
		if (!updates.isEmpty()) {
			send(updated, results, () -> this.api.update(credentials, "update " + updates.size() + " rows", updates));
		}
		if (!appended.isEmpty()) {
			send(created, results, () -> this.api.append(credentials, "append " + appended.size() + " rows", range.all(), appended));
		}
		return records.stream().map(record -> results.computeIfAbsent(record.contactId(),
				id -> new WriteResult(id, record.externalId(), null))).toList();
	}

	/** A refused call fails the records it carried, with the provider's reason; the others still count. */
	private static void send(List<OutboundRecord> records, Map<UUID, WriteResult> results, Runnable call) {
		try {
			call.run();
		}
		catch (ProviderUnauthorizedException | ProviderRateLimitedException ex) {
			throw ex;
		}
		catch (ProviderFailureException ex) {
			records.forEach(record -> results.put(record.contactId(), new WriteResult(record.contactId(), null, ex.getMessage())));
		}
	}

	private static Map<String, String> fields(List<String> header, List<String> row, int keyColumn) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int column = 0; column < Math.min(header.size(), row.size()); column++) {
			String name = header.get(column).strip();
			String value = row.get(column);
			if (column != keyColumn && !name.isEmpty() && !value.isBlank()) {
				fields.putIfAbsent(name, value);
			}
		}
		return fields;
	}

	/** A row's cells in header order: mapped values, the key in its column, null (left alone) or empty elsewhere. */
	private static List<@Nullable String> cells(List<String> header, Map<String, String> fields, @Nullable Integer keyColumn,
			@Nullable String key) {
		List<@Nullable String> cells = new ArrayList<>();
		for (int column = 0; column < header.size(); column++) {
			String value = keyColumn != null && column == keyColumn ? key : fields.get(header.get(column));
			cells.add(value != null ? value : keyColumn != null ? "" : null);
		}
		return cells;
	}

	private static Map<String, Integer> rowsByKey(List<List<String>> column) {
		Map<String, Integer> rows = new HashMap<>();
		for (int i = 1; i < column.size(); i++) {
			if (!column.get(i).isEmpty() && !column.get(i).getFirst().isBlank()) {
				rows.putIfAbsent(column.get(i).getFirst().strip(), i + 1);
			}
		}
		return rows;
	}

	private static Map<String, Object> cells(String range, String value) {
		return row(range, List.of(value));
	}

	private static Map<String, Object> row(String range, List<@Nullable String> cells) {
		return Map.of("range", range, "majorDimension", "ROWS", "values", List.of(cells));
	}

	private static int firstRow(@Nullable String cursor) {
		if (cursor == null) {
			return 2;
		}
		try {
			return Math.max(2, Integer.parseInt(cursor));
		}
		catch (NumberFormatException ex) {
			throw new ProviderFailureException("The Google Sheets sync position \"" + cursor + "\" is not one this version wrote");
		}
	}
}
