package com.growthhub.expenses.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the amount, date and merchant in the words read off a receipt. The total is the amount on the line that says
 * so ("Grand total", "Amount due", "Total", never "Subtotal" or "Tax"), else the largest amount, less surely; the date
 * is the first one written in a known way (a day above 12 settles day and month; otherwise dots mean day first and
 * slashes month first, less surely); the merchant is the first line of words at the top. Each confidence is the OCR's
 * own for the words used, lowered when the rule had to guess.
 */
final class ReceiptText {

	private ReceiptText() {
	}

	record Word(String text, int confidence) {
	}

	record Line(List<Word> words) {

		String text() {
			return String.join(" ", words.stream().map(Word::text).toList());
		}

		/** The OCR's mean confidence for the words of this line that hold part of {@code fragment}. */
		int confidenceOf(String fragment) {
			String compact = fragment.replaceAll("[^\\p{Alnum}]", "");
			List<Integer> used = words.stream().filter(word -> overlaps(compact, word.text()))
				.map(Word::confidence).toList();
			List<Integer> all = used.isEmpty() ? words.stream().map(Word::confidence).toList() : used;
			return all.isEmpty() ? 0 : (int) Math.round(all.stream().mapToInt(Integer::intValue).average().orElse(0));
		}

		private static boolean overlaps(String fragment, String word) {
			String core = word.replaceAll("[^\\p{Alnum}]", "");
			return !core.isEmpty() && (fragment.contains(core) || core.contains(fragment));
		}
	}

	record Suggestion(@Nullable Long amountCents, @Nullable String currency, @Nullable Integer amountConfidence,
			@Nullable LocalDate spentOn, @Nullable Integer dateConfidence, @Nullable String merchant,
			@Nullable Integer merchantConfidence) {

		static final Suggestion NONE = new Suggestion(null, null, null, null, null, null, null);

		boolean empty() {
			return amountCents == null && spentOn == null && merchant == null;
		}
	}

	private static final Pattern MONEY = Pattern
		.compile("(?<![\\d.,])(\\d{1,3}(?:[,.' ]\\d{3})+|\\d+)\\s?([.,])\\s?(\\d{2})(?![\\d%])");

	private static final Pattern SURE_TOTAL = Pattern
		.compile("(?i)\\b(grand\\s*total|total\\s*due|amount\\s*due|balance\\s*due|total\\s*amount|amount\\s*paid|to\\s*pay)\\b");

	private static final Pattern TOTAL = Pattern.compile("(?i)\\btotal\\b");

	private static final Pattern NOT_TOTAL = Pattern
		.compile("(?i)(sub\\s*-?\\s*total|\\btax|\\bvat\\b|\\bgst\\b|\\btip\\b|\\bitems?\\b|saving|discount|\\bchange\\b|\\bcash\\b)");

	private static final Map<String, String> CURRENCIES = Map.of("€", "EUR", "£", "GBP", "₹", "INR", "¥", "JPY", "EUR", "EUR",
			"GBP", "GBP", "USD", "USD", "INR", "INR", "CHF", "CHF", "CAD", "CAD");

	private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec";

	private static final Pattern ISO_DATE = Pattern.compile("\\b(20\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b");

	private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})\\b");

	private static final Pattern DAY_MONTH_NAME = Pattern
		.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?[ .-]{1,2}(" + MONTHS + ")[a-z]*\\.?,?[ .-]{1,2}(\\d{4})\\b");

	private static final Pattern MONTH_NAME_DAY = Pattern
		.compile("(?i)\\b(" + MONTHS + ")[a-z]*\\.?[ .-]{1,2}(\\d{1,2})(?:st|nd|rd|th)?,?[ .-]{1,2}(\\d{4})\\b");

	private static final Pattern NOT_A_NAME = Pattern.compile("(?i)(receipt|invoice|welcome|thank|\\btel\\b|phone|www\\.|http|"
			+ "order|table|server|cashier|date|time|\\bvat\\b|@)");

	static Suggestion suggest(List<Line> lines, LocalDate today) {
		Found amount = amount(lines);
		Found date = date(lines, today);
		Found merchant = merchant(lines);
		return new Suggestion(amount == null ? null : (Long) amount.value(), amount == null ? null : currency(lines, amount.line()),
				amount == null ? null : amount.confidence(), date == null ? null : (LocalDate) date.value(),
				date == null ? null : date.confidence(), merchant == null ? null : (String) merchant.value(),
				merchant == null ? null : merchant.confidence());
	}

	private record Found(Object value, int confidence, int line) {
	}

	private static @Nullable Found amount(List<Line> lines) {
		Found best = null;
		int bestPriority = 0;
		for (int i = 0; i < lines.size(); i++) {
			String text = lines.get(i).text();
			int priority = SURE_TOTAL.matcher(text).find() ? 3
					: TOTAL.matcher(text).find() && !NOT_TOTAL.matcher(text).find() ? 2 : 1;
			if (priority > 1 && NOT_TOTAL.matcher(text).find() && !SURE_TOTAL.matcher(text).find()) {
				priority = 1;
			}
			Matcher money = MONEY.matcher(text);
			while (money.find()) {
				long cents = cents(money);
				if (cents <= 0) {
					continue;
				}
				boolean better = priority > bestPriority
						|| (priority == bestPriority && best != null && cents > (Long) best.value());
				if (best == null || better) {
					double factor = priority == 3 ? 1.0 : priority == 2 ? 0.9 : 0.5;
					best = new Found(cents, scaled(lines.get(i).confidenceOf(money.group()), factor), i);
					bestPriority = priority;
				}
			}
		}
		return best;
	}

	private static long cents(Matcher money) {
		String whole = money.group(1).replaceAll("[,.' ]", "");
		try {
			return Long.parseLong(whole) * 100 + Long.parseLong(money.group(3));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static @Nullable String currency(List<Line> lines, int amountLine) {
		String own = currencyIn(lines.get(amountLine).text());
		if (own != null) {
			return own;
		}
		for (Line line : lines) {
			String found = currencyIn(line.text());
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static @Nullable String currencyIn(String text) {
		for (var entry : CURRENCIES.entrySet()) {
			String mark = entry.getKey();
			boolean found = mark.length() == 1 ? text.contains(mark)
					: Pattern.compile("\\b" + mark + "\\b").matcher(text).find();
			if (found) {
				return entry.getValue();
			}
		}
		return null;
	}

	private static @Nullable Found date(List<Line> lines, LocalDate today) {
		Found first = null;
		for (int i = 0; i < lines.size(); i++) {
			Found found = dateIn(lines.get(i), i, today);
			if (found != null && lines.get(i).text().toLowerCase(Locale.ROOT).contains("date")) {
				return found;
			}
			if (first == null) {
				first = found;
			}
		}
		return first;
	}

	private static @Nullable Found dateIn(Line line, int index, LocalDate today) {
		String text = line.text();
		Matcher iso = ISO_DATE.matcher(text);
		if (iso.find()) {
			return dated(line, index, iso.group(), today, num(iso.group(1)), num(iso.group(2)), num(iso.group(3)), 1.0);
		}
		Matcher named = DAY_MONTH_NAME.matcher(text);
		if (named.find()) {
			return dated(line, index, named.group(), today, num(named.group(3)), month(named.group(2)), num(named.group(1)), 1.0);
		}
		named = MONTH_NAME_DAY.matcher(text);
		if (named.find()) {
			return dated(line, index, named.group(), today, num(named.group(3)), month(named.group(1)), num(named.group(2)), 1.0);
		}
		Matcher numeric = NUMERIC_DATE.matcher(text);
		if (numeric.find()) {
			int a = num(numeric.group(1));
			int b = num(numeric.group(3));
			int year = num(numeric.group(4));
			year = year < 100 ? 2000 + year : year;
			boolean dayFirst = a > 12 || (b <= 12 && numeric.group(2).equals("."));
			boolean sure = a > 12 || b > 12 || a == b;
			return dated(line, index, numeric.group(), today, year, dayFirst ? b : a, dayFirst ? a : b, sure ? 1.0 : 0.6);
		}
		return null;
	}

	private static @Nullable Found dated(Line line, int index, String fragment, LocalDate today, int year, int month, int day,
			double factor) {
		try {
			LocalDate date = LocalDate.of(year, month, day);
			if (date.getYear() < 2000 || date.isAfter(today.plusDays(1))) {
				return null;
			}
			return new Found(date, scaled(line.confidenceOf(fragment), factor), index);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static @Nullable Found merchant(List<Line> lines) {
		for (int i = 0; i < Math.min(lines.size(), 5); i++) {
			String text = lines.get(i).text().replaceAll("\\s+", " ").strip();
			long letters = text.chars().filter(Character::isLetter).count();
			if (letters < 3 || letters * 2 < text.replace(" ", "").length() || text.length() > 60
					|| NOT_A_NAME.matcher(text).find() || MONEY.matcher(text).find()) {
				continue;
			}
			return new Found(text, scaled(lines.get(i).confidenceOf(text), 0.8), i);
		}
		return null;
	}

	private static int scaled(int confidence, double factor) {
		return (int) Math.max(0, Math.min(100, Math.round(confidence * factor)));
	}

	private static int num(String digits) {
		return Integer.parseInt(digits);
	}

	private static int month(String name) {
		String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
		return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(prefix) + 1;
	}

	/** Groups tesseract's TSV words (level 5) into lines by block, paragraph and line number. */
	static List<Line> fromTsv(String tsv) {
		List<Line> lines = new ArrayList<>();
		String key = null;
		List<Word> words = null;
		for (String row : tsv.split("\\R")) {
			String[] cells = row.split("\t", -1);
			if (cells.length < 12 || !cells[0].equals("5") || cells[11].isBlank()) {
				continue;
			}
			String lineKey = cells[2] + "/" + cells[3] + "/" + cells[4];
			if (!lineKey.equals(key)) {
				words = new ArrayList<>();
				lines.add(new Line(words));
				key = lineKey;
			}
			int confidence;
			try {
				confidence = (int) Math.round(Double.parseDouble(cells[10]));
			}
			catch (NumberFormatException ex) {
				confidence = 0;
			}
			words.add(new Word(cells[11].strip(), Math.max(0, Math.min(100, confidence))));
		}
		return lines;
	}
}
