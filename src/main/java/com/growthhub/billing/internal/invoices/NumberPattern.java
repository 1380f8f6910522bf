package com.growthhub.billing.internal.invoices;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How document numbers look: literal text with {@code {yyyy}} or {@code {yy}} (the year of issue) and {@code {seq}} or
 * {@code {seq:N}} (the sequence of that year, zero-padded to N digits, 1–9). The default {@code INV-{yyyy}-{seq:4}}
 * gives {@code INV-2026-0001}. A year is required because sequences restart every year: without it numbers would repeat.
 */
public record NumberPattern(String text) {

	private static final Pattern TOKEN = Pattern.compile("\\{(yyyy|yy|seq(?::([1-9]))?)}");

	private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9/_.#-]*");

	public static final NumberPattern INVOICES = new NumberPattern("INV-{yyyy}-{seq:4}");

	public static final NumberPattern CREDIT_NOTES = new NumberPattern("CN-{yyyy}-{seq:4}");

	public NumberPattern {
		String problem = problem(text);
		if (problem != null) {
			throw InvoiceInputException.field("invoiceNumberPattern", problem);
		}
	}

	/** Why {@code text} is not a usable pattern, or {@code null} when it is. */
	public static String problem(String text) {
		if (text.isBlank() || text.length() > 40) {
			return "must be 1 to 40 characters";
		}
		Matcher tokens = TOKEN.matcher(text);
		int sequences = 0;
		boolean year = false;
		StringBuilder literal = new StringBuilder();
		int end = 0;
		while (tokens.find()) {
			literal.append(text, end, tokens.start());
			end = tokens.end();
			if (tokens.group(1).startsWith("seq")) {
				sequences++;
			}
			else {
				year = true;
			}
		}
		literal.append(text.substring(end));
		if (sequences != 1) {
			return "must contain {seq} or {seq:N} exactly once";
		}
		if (!year) {
			return "must contain {yyyy} or {yy}: sequences restart every year";
		}
		if (!LITERAL.matcher(literal).matches()) {
			return "may contain only letters, digits, - _ . / # besides {yyyy}, {yy} and {seq:N}";
		}
		return null;
	}

	public String format(int year, long sequence) {
		Matcher tokens = TOKEN.matcher(text);
		StringBuilder out = new StringBuilder();
		while (tokens.find()) {
			String token = tokens.group(1);
			String value = switch (token) {
				case "yyyy" -> String.format(Locale.ROOT, "%04d", year);
				case "yy" -> String.format(Locale.ROOT, "%02d", year % 100);
				default -> tokens.group(2) == null ? Long.toString(sequence)
						: String.format(Locale.ROOT, "%0" + tokens.group(2) + "d", sequence);
			};
			tokens.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		tokens.appendTail(out);
		return out.toString();
	}
}
