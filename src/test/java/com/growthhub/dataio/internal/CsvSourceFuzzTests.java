package com.growthhub.dataio.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Any bytes at all are either refused as unreadable or read to the end: never another exception, never a
 * hang. In a normal build this replays the saved inputs next to it; {@code JAZZER_FUZZ=1 ./mvnw test
 * -Dtest=CsvSourceFuzzTests} fuzzes for new ones.
 */
class CsvSourceFuzzTests {

	@FuzzTest(maxDuration = "30s")
	void readsAnythingWithoutCrashing(byte[] bytes) throws IOException {
		Path file = Files.createTempFile("fuzz-", ".csv");
		try {
			Files.write(file, bytes);
			CsvSource source;
			try {
				source = CsvSource.of(file);
			}
			catch (CsvSource.UnreadableFileException refused) {
				return;
			}
			try (CsvReader<CsvRecord> reader = source.open()) {
				for (CsvRecord record : reader) {
					CsvSource.headerNames(record.getFields());
				}
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}
}
