package com.growthhub.dataio.internal;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactImports;
import com.growthhub.contacts.PrivacyMode;
import com.growthhub.shared.OrganizationId;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * The CSV template (seed 002): firstName, lastName, email and phone first (no lastName in privacy mode),
 * then the optional standard fields and the organization's custom fields, with two example rows.
 */
@Component
public class ImportTemplate {

	private static final Map<String, List<String>> EXAMPLES = Map.ofEntries(Map.entry("firstName", List.of("Ada", "Alan")),
			Map.entry("lastName", List.of("Lovelace", "Turing")),
			Map.entry("email", List.of("ada@example.com", "alan@example.com")),
			Map.entry("phone", List.of("+1 415 555 0101", "(415) 555-0102")),
			Map.entry("company", List.of("Analytical Engines", "Bletchley Park")),
			Map.entry("jobTitle", List.of("Founder", "Researcher")),
			Map.entry("linkedinUrl", List.of("https://www.linkedin.com/in/ada", "")),
			Map.entry("industry", List.of("Software", "Research")), Map.entry("priority", List.of("high", "medium")),
			Map.entry("campaign", List.of("spring-webinar", "")));

	private final ContactImports contacts;

	ImportTemplate(ContactImports contacts) {
		this.contacts = contacts;
	}

	public String csv(OrganizationId organization) {
		ContactImports.Rules rules = contacts.rules(organization);
		PrivacyMode privacy = PrivacyMode.of(rules.privacyMode());
		List<String> header = new ArrayList<>();
		for (String field : ContactImports.STANDARD_FIELDS) {
			if (privacy.allowsField(field)) {
				header.add(field);
			}
		}
		List<String> first = new ArrayList<>();
		List<String> second = new ArrayList<>();
		for (String field : header) {
			List<String> examples = EXAMPLES.getOrDefault(field, List.of("", ""));
			first.add(examples.get(0));
			second.add(examples.get(1));
		}
		for (ContactImports.Field field : rules.customFields()) {
			if (privacy.allowsCustomFieldType(field.type())) {
				header.add(field.label());
				first.add("");
				second.add("");
			}
		}
		StringWriter out = new StringWriter();
		try (CsvWriter writer = CsvWriter.builder().build(out)) {
			writer.writeRecord(header);
			writer.writeRecord(first);
			writer.writeRecord(second);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toString();
	}
}
