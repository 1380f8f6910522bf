package com.growthhub.integrations.internal.connectors.googlesheets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ExternalRecord;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;

/**
 * Contacts as rows of one sheet: the first row names the columns, and a {@code growthhub_id} column, added when
 * missing, gives every row a key that survives sorting, inserted rows and edited emails; a row without a key gets one
 * when read. A sheet keeps no modification times, so an increment reads every row again ({@code since} is ignored,
 * {@code modifiedAt} is the time of reading) and the engine compares the values with what it last saw. Rows a person
 * deletes simply stop coming back. The cursor is the sheet row the next page starts at; rows a person inserts
 * meanwhile may be read twice or on the next run, which the keys make harmless.
 */
@Component
class GoogleSheetsReader {

	static final String KEY = "growthhub_id";

	private final GoogleSheetsApi api;

	private final Clock clock;

	GoogleSheetsReader(GoogleSheetsApi api) {
		this.api = api;
		this.clock = Clock.systemUTC();
	}

	RecordPage read(ProviderCredentials credentials, ReadRequest request) {
		SheetRange range = new SheetRange(GoogleSheetsApi.sheet(credentials));
		int size = Math.clamp(request.pageSize(), 1, 5000);
		int first = firstRow(request.cursor());
		List<List<List<String>>> answer = this.api.values(credentials, "read rows", range.headerRow(),
				range.rows(first, first + size - 1));
		List<String> header = answer.getFirst().isEmpty() ? List.of() : answer.getFirst().getFirst();
		List<List<String>> rows = answer.get(1);
		if (header.isEmpty()) {
			return new RecordPage(List.of(), null);
		}
		List<Map<String, Object>> keysToWrite = new ArrayList<>();
		int keyColumn = header.indexOf(KEY);
		if (keyColumn < 0) {
			keyColumn = header.size();
			keysToWrite.add(GoogleSheetsApi.valueRange(range.cell(keyColumn, 1), List.of(KEY)));
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
				keysToWrite.add(GoogleSheetsApi.valueRange(range.cell(keyColumn, first + i), List.of(key)));
			}
			records.add(new ExternalRecord(key, now, fields(header, row, keyColumn), false));
		}
		if (!keysToWrite.isEmpty()) {
			this.api.update(credentials, "write row keys", keysToWrite);
		}
		return new RecordPage(records, rows.size() == size ? Integer.toString(first + size) : null);
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
