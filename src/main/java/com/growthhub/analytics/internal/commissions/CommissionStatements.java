package com.growthhub.analytics.internal.commissions;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.growthhub.billing.PdfDocuments;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.csv.SpreadsheetSafeCsv;
import com.growthhub.shared.OrganizationId;

/** A commission report as files: the provider's statement PDF (billing's PDF renderer, same fonts) and CSV. */
@Component
public class CommissionStatements {

	static final List<String> CSV_HEADER = List.of("period", "occurred_at", "provider", "invoice_number", "invoice_id",
			"rule_type", "procedure_code", "base_cents", "amount_cents", "currency", "reversal_of");

	private final PdfDocuments pdfs;
	private final OrganizationPreferences preferences;

	CommissionStatements(PdfDocuments pdfs, OrganizationPreferences preferences) {
		this.pdfs = pdfs;
		this.preferences = preferences;
	}

	public byte[] pdf(OrganizationId organization, CommissionReport report, ProviderView provider, Locale locale) {
		ZoneId zone = preferences.timeZone(organization);
		return pdfs.render("analytics/commission-statement-pdf", Map.of("report", report, "provider", provider,
				"zone", zone, "day", DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone)), locale);
	}

	public byte[] csv(CommissionReport report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(() -> out)) {
			csv.header(CSV_HEADER);
			for (CommissionLineView line : report.items()) {
				csv.row(List.of(line.periodMonth().toString(), line.occurredAt().toString(), line.providerName(),
						line.invoiceNumber() == null ? "" : line.invoiceNumber(), line.invoiceId().toString(),
						line.ruleType(), line.procedureCode() == null ? "" : line.procedureCode(),
						Long.toString(line.baseCents()), Long.toString(line.amountCents()), line.currency(),
						line.reversalOf() == null ? "" : line.reversalOf().toString()));
			}
		}
		return out.toByteArray();
	}
}
