package com.growthhub.forms.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import com.growthhub.forms.internal.FormSubmissions;
import com.growthhub.forms.internal.FormView;
import com.growthhub.forms.internal.Forms;
import com.growthhub.forms.internal.SubmissionView;
import com.growthhub.platform.csv.SpreadsheetSafeCsv;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import jakarta.servlet.http.HttpServletResponse;

/** A form's submissions as CSV, for the API and the settings page alike: one column per field, streamed page by page. */
@Component
class SubmissionsCsv {

	private final Forms forms;
	private final FormSubmissions submissions;

	SubmissionsCsv(Forms forms, FormSubmissions submissions) {
		this.forms = forms;
		this.submissions = submissions;
	}

	void write(OrganizationId organization, Actor actor, UUID id, SubmissionView.@Nullable Status status,
			@Nullable String q, HttpServletResponse response) throws IOException {
		FormView form = forms.get(organization, actor, id);
		try (SpreadsheetSafeCsv out = new SpreadsheetSafeCsv(() -> {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"form-submissions.csv\"");
			return response.getOutputStream();
		})) {
			List<String> header = new ArrayList<>(List.of("id", "receivedAt", "status", "formVersion", "contactId", "dealId",
					"classification", "spamReasons"));
			form.definition().fields().forEach(field -> header.add(field.label()));
			out.header(header);
			PageCursor cursor = null;
			do {
				FormSubmissions.Page page = submissions.list(organization, actor, id, status, q, cursor, 1000);
				for (SubmissionView s : page.items()) {
					List<String> row = new ArrayList<>(List.of(s.id().toString(), s.receivedAt().toString(),
							s.status().name().toLowerCase(java.util.Locale.ROOT), String.valueOf(s.formVersion()),
							s.contactId() == null ? "" : s.contactId().toString(), s.dealId() == null ? "" : s.dealId().toString(),
							s.classification() == null ? "" : s.classification(), String.join(" ", s.spamReasons())));
					form.definition().fields().forEach(field -> row.add(String.join("; ", s.answers()
						.getOrDefault(field.key(), List.of()))));
					out.row(row);
				}
				cursor = PageCursor.parse(page.nextCursor());
			}
			while (cursor != null);
		}
	}
}
