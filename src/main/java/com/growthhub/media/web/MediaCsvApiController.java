package com.growthhub.media.web;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.media.internal.MediaCsvExport;
import com.growthhub.platform.csv.SpreadsheetSafeCsv;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** The media inventory as a streamed CSV, with the filters of the list ({@code /exports/media.csv} serves the same). */
@RestController
@Tag(name = "Media", description = "The media library: uploads processed into thumbnails and web versions, access, links, sharing")
class MediaCsvApiController {

	private final MediaCsvExport export;

	MediaCsvApiController(MediaCsvExport export) {
		this.export = export;
	}

	@GetMapping(path = "/api/v1/media.csv", produces = "text/csv")
	@Operation(summary = "The media inventory as CSV: every item you may see, with owner, collections, events and contacts",
			description = "Takes the filters of GET /api/v1/media (type, q, tag, from, to, status, collectionId, eventId, "
					+ "contactId); a bad filter answers 400 before any row.")
	void inventory(OrganizationId organization, Actor actor, @RequestParam MultiValueMap<String, String> parameters,
			HttpServletResponse response) throws IOException {
		try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(() -> {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"media.csv\"");
			return response.getOutputStream();
		})) {
			export.write(organization, actor, parameters, csv);
		}
	}
}
