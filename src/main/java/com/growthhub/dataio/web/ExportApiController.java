package com.growthhub.dataio.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.platform.csv.CsvExport;
import com.growthhub.platform.csv.SpreadsheetSafeCsv;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Streams any module's export as CSV, for programs ({@code /api/v1/exports}) and for the download links
 * on pages ({@code /exports}). Rows go out as they are read, on the request's own (virtual) thread.
 */
@RestController
@Tag(name = "Exports", description = "Streamed CSV downloads; the filters are those of the matching list endpoint")
class ExportApiController {

	private final Map<String, CsvExport> exports = new HashMap<>();

	ExportApiController(List<CsvExport> exports) {
		exports.forEach(export -> this.exports.put(export.name(), export));
	}

	@GetMapping({ "/api/v1/exports/{name}.csv", "/exports/{name}.csv" })
	@Operation(summary = "Downloads records as CSV, e.g. contacts.csv with the filters of GET /api/v1/contacts; cells that "
			+ "a spreadsheet would run as formulas start with an apostrophe")
	void export(OrganizationId organization, Actor actor, @PathVariable String name,
			@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
		CsvExport export = exports.get(name);
		if (export == null) {
			throw NotFoundException.of("Export");
		}
		try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(() -> {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"");
			return response.getOutputStream();
		})) {
			export.write(organization, actor, parameters, csv);
		}
	}
}
