package com.growthhub.integrations.internal.connectors.googlesheets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderRateLimitedException;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;
import com.growthhub.integrations.internal.connectors.WriteResult;

/**
 * Writes contacts into the sheet: a row whose {@code growthhub_id} is known is updated in place (cells the mapping
 * does not name are sent as null, which Google leaves as they are), new contacts are appended with a new key, and
 * columns the mapping names that the header lacks are added to it, so the first export to an empty sheet writes the
 * header too. Values are written {@code RAW}: a value starting with = stays text, never a formula.
 */
@Component
class GoogleSheetsWriter {

	private static final String KEY = GoogleSheetsReader.KEY;

	private final GoogleSheetsApi api;

	GoogleSheetsWriter(GoogleSheetsApi api) {
		this.api = api;
	}

	List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> records) {
		SheetRange range = new SheetRange(GoogleSheetsApi.sheet(credentials));
		List<String> header = header(credentials, range, records);
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
				updates.add(GoogleSheetsApi.valueRange(range.row(row, header.size() - 1), cells(header, record.fields(), null, null)));
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

	/** The header row with the key column and every mapped column, adding to the sheet what it lacks. */
	private List<String> header(ProviderCredentials credentials, SheetRange range, List<OutboundRecord> records) {
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
			this.api.update(credentials, "add columns", List.of(GoogleSheetsApi.valueRange(range.row(1, header.size() - 1), added)));
		}
		return header;
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
}
