package com.growthhub.dataio.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.growthhub.contacts.ContactImports.RowError;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;

/** The error CSV: the failed rows with their original cells and an error column, ready to fix and import again. */
final class ImportErrorFile {

	private ImportErrorFile() {
	}

	static void writeHeader(CsvWriter errors, List<String> headers) {
		List<String> names = new ArrayList<>(headers);
		names.add("error");
		errors.writeRecord(names);
	}

	static void writeRow(CsvWriter errors, List<String> cells, List<RowError> problems) {
		List<String> row = new ArrayList<>(cells);
		row.add(describe(problems));
		errors.writeRecord(row);
	}

	/** Rows found wrong only when merged (repeated emails): read them again from the file. */
	static void appendRows(ImportJob job, CsvWriter errors, List<RowError> problems) throws IOException {
		Map<Long, List<RowError>> byRow = new HashMap<>();
		problems.forEach(problem -> byRow.computeIfAbsent(problem.row(), key -> new ArrayList<>()).add(problem));
		try (CsvReader<CsvRecord> reader = CsvSource.of(job.file()).open()) {
			long row = 0;
			for (CsvRecord record : reader) {
				row++;
				List<RowError> found = byRow.get(row);
				if (found != null) {
					writeRow(errors, record.getFields(), found);
				}
			}
		}
	}

	private static String describe(List<RowError> problems) {
		return String.join("; ", problems.stream().map(p -> p.field() + " " + p.message()).toList());
	}
}
