package com.growthhub.integrations.internal.connectors.googlesheets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.growthhub.integrations.internal.connectors.DeleteResult;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderRateLimitedException;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;

/**
 * Deletes the rows whose {@code growthhub_id} matches, with one {@code spreadsheets:batchUpdate} of
 * {@code deleteDimension} requests. Google applies the requests in order, and deleting a row moves the rows below it
 * up, so they go highest row first: each request's row number is still right when its turn comes. The row numbers are
 * read just before (keys, not positions, are what GrowthHub keeps). A key no longer in the sheet is a row a person
 * deleted already.
 */
class GoogleSheetsRowDeleter {

	private static final String KEY = GoogleSheetsReader.KEY;

	private final GoogleSheetsApi api;

	GoogleSheetsRowDeleter(GoogleSheetsApi api) {
		this.api = api;
	}

	List<DeleteResult> delete(ProviderCredentials credentials, List<String> externalIds) {
		String sheet = GoogleSheetsApi.sheet(credentials);
		SheetRange range = new SheetRange(sheet);
		List<List<String>> headerRows = this.api.values(credentials, "read the header row", range.headerRow()).getFirst();
		int keyColumn = headerRows.isEmpty() ? -1 : headerRows.getFirst().stream().map(String::strip).toList().indexOf(KEY);
		if (keyColumn < 0) {
			return externalIds.stream().map(DeleteResult::done).toList();
		}
		Map<String, Integer> rowByKey = rowsByKey(this.api.values(credentials, "read row keys", range.column(keyColumn)).getFirst());
		List<Integer> rows = externalIds.stream().map(rowByKey::get).filter(row -> row != null).distinct()
			.sorted(Comparator.reverseOrder()).toList();
		if (rows.isEmpty()) {
			return externalIds.stream().map(DeleteResult::done).toList();
		}
		String refused = null;
		try {
			this.api.batchUpdate(credentials, "delete " + rows.size() + " rows", requests(sheetId(credentials, sheet), rows));
		}
		catch (ProviderUnauthorizedException | ProviderRateLimitedException ex) {
			throw ex;
		}
		catch (ProviderFailureException ex) {
			refused = ex.getMessage();
		}
		List<DeleteResult> results = new ArrayList<>();
		for (String id : externalIds) {
			results.add(refused != null && rowByKey.containsKey(id) ? new DeleteResult(id, refused) : DeleteResult.done(id));
		}
		return results;
	}

	private static List<Map<String, Object>> requests(long sheetId, List<Integer> rows) {
		List<Map<String, Object>> requests = new ArrayList<>();
		for (int row : rows) {
			// Zero-based and end-exclusive: sheet row 5 is index 4 to 5.
			requests.add(Map.of("deleteDimension", Map.of("range",
					Map.of("sheetId", sheetId, "dimension", "ROWS", "startIndex", row - 1, "endIndex", row))));
		}
		return requests;
	}

	/** The numeric id {@code deleteDimension} needs, of the sheet the connection names by its title. */
	private long sheetId(ProviderCredentials credentials, String sheet) {
		Map<String, Object> spreadsheet = this.api.properties(credentials);
		if (spreadsheet.get("sheets") instanceof List<?> sheets) {
			for (Object item : sheets) {
				if (item instanceof Map<?, ?> map && map.get("properties") instanceof Map<?, ?> properties
						&& sheet.equals(properties.get("title")) && properties.get("sheetId") instanceof Number id) {
					return id.longValue();
				}
			}
		}
		throw new ProviderFailureException("The spreadsheet has no sheet named \"" + sheet + "\"");
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
