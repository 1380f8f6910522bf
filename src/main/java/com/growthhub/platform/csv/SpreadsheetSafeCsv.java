package com.growthhub.platform.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * CSV that a spreadsheet opens as data, never as formulas: a cell starting with {@code = + - @}, a tab or
 * a carriage return gets a leading apostrophe (the OWASP advice against CSV injection). UTF-8 with a byte
 * order mark, so that Excel reads accented names right.
 */
public final class SpreadsheetSafeCsv implements CsvExport.Rows, AutoCloseable {

	/** Opens the destination; called at the first row, so that an export refusing its parameters can still answer 400. */
	@FunctionalInterface
	public interface Destination {

		OutputStream open() throws IOException;
	}

	private final Destination destination;
	private @Nullable CsvWriter writer;

	public SpreadsheetSafeCsv(Destination destination) {
		this.destination = destination;
	}

	public static String neutralize(@Nullable String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		char first = cell.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
	}

	@Override
	public void header(List<String> names) {
		try {
			OutputStream out = destination.open();
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			writer = CsvWriter.builder().bufferSize(1 << 16).build(out, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		row(names);
	}

	@Override
	public void row(List<String> cells) {
		List<String> safe = new ArrayList<>(cells.size());
		for (String cell : cells) {
			safe.add(neutralize(cell));
		}
		if (writer == null) {
			throw new IllegalStateException("The header comes first");
		}
		writer.writeRecord(safe);
	}

	@Override
	public void close() {
		try {
			if (writer != null) {
				writer.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
