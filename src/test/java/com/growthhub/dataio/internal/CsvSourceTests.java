package com.growthhub.dataio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** The nasty files people send: every one is read as the person meant, or refused with a reason. */
class CsvSourceTests {

	@TempDir
	Path dir;

	private Path file(byte[] bytes) throws IOException {
		Path file = Files.createTempFile(dir, "nasty-", ".csv");
		Files.write(file, bytes);
		return file;
	}

	private Path file(String text, Charset charset) throws IOException {
		return file(text.getBytes(charset));
	}

	private static List<List<String>> rows(Path file) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvSource.of(file).open()) {
			reader.forEach(record -> rows.add(record.getFields()));
		}
		return rows;
	}

	@Test
	void readsUtf8WithAByteOrderMark() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "firstName,email\nJosé,jose@example.com\n".getBytes(StandardCharsets.UTF_8);
		byte[] both = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, both, 0, 3);
		System.arraycopy(text, 0, both, 3, text.length);
		Path file = file(both);
		assertThat(CsvSource.of(file).charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(rows(file)).containsExactly(List.of("firstName", "email"), List.of("José", "jose@example.com"));
	}

	@Test
	void readsUtf16WithAndWithoutAByteOrderMark() throws IOException {
		String text = "firstName;email\nZoë;zoe@example.com\n";
		Path withBom = file(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
		assertThat(rows(withBom)).containsExactly(List.of("firstName", "email"), List.of("Zoë", "zoe@example.com"));
		Path bigEndian = file(text, StandardCharsets.UTF_16BE);
		assertThat(CsvSource.of(bigEndian).charset()).isEqualTo(StandardCharsets.UTF_16BE);
		assertThat(rows(bigEndian).get(1)).containsExactly("Zoë", "zoe@example.com");
	}

	@Test
	void fallsBackToWindows1252ForBytesThatAreNotUtf8() throws IOException {
		Path file = file("firstName,company\nRenée,Caf\u00e9 M\u00fcller\n", Charset.forName("windows-1252"));
		assertThat(CsvSource.of(file).charset().name()).isEqualTo("windows-1252");
		assertThat(rows(file).get(1)).containsExactly("Renée", "Café Müller");
	}

	@Test
	void detectsSemicolonsAndTabs() throws IOException {
		assertThat(CsvSource.of(file("a;b;c\n1;2;3\n", StandardCharsets.UTF_8)).delimiter()).isEqualTo(';');
		assertThat(CsvSource.of(file("a\tb\tc\n1\t2,5\t3\n", StandardCharsets.UTF_8)).delimiter()).isEqualTo('\t');
		assertThat(CsvSource.of(file("name,\"note; with semicolons; inside\"\nA,\"x;y\"\n", StandardCharsets.UTF_8)).delimiter())
			.as("delimiters inside quotes do not count").isEqualTo(',');
	}

	@Test
	void readsQuotedCommasQuotesAndNewlinesAndMixedLineEndings() throws IOException {
		Path file = file("firstName,notes\r\nAda,\"says \"\"hi\"\", then, leaves\"\nAlan,\"line one\nline two\"\r\n\r\n\nGrace,x\r",
				StandardCharsets.UTF_8);
		assertThat(rows(file)).containsExactly(List.of("firstName", "notes"), List.of("Ada", "says \"hi\", then, leaves"),
				List.of("Alan", "line one\nline two"), List.of("Grace", "x"));
	}

	@Test
	void toleratesRaggedRowsAndLongCells() throws IOException {
		String longCell = "x".repeat(10_000);
		Path file = file("a,b,c\n1,2\n1,2,3,4\n" + longCell + ",2,3\n", StandardCharsets.UTF_8);
		List<List<String>> rows = rows(file);
		assertThat(rows.get(1)).hasSize(2);
		assertThat(rows.get(2)).hasSize(4);
		assertThat(rows.get(3).getFirst()).hasSize(10_000);
	}

	@Test
	void namesRepeatedAndBlankHeadersApart() {
		assertThat(CsvSource.headerNames(List.of("Email", " email ", "", "Phone")))
			.containsExactly("Email", "email (2)", "Column 3", "Phone");
	}

	@Test
	void replacesInvalidUtf8InsteadOfFailing() throws IOException {
		byte[] valid = "firstName,email\nAda,ada@example.com\n".getBytes(StandardCharsets.UTF_8);
		byte[] broken = new byte[valid.length + 70_000];
		System.arraycopy(valid, 0, broken, 0, valid.length);
		for (int i = valid.length; i < broken.length; i++) {
			broken[i] = i % 100 == 0 ? (byte) '\n' : (byte) 'a';
		}
		broken[broken.length - 5] = (byte) 0xC3; // an invalid sequence after the sniffed head
		broken[broken.length - 4] = (byte) 0x28;
		Path file = file(broken);
		assertThat(rows(file).getLast().getFirst()).contains("\uFFFD");
	}

	@Test
	void refusesEmptyAndBinaryFiles() throws IOException {
		assertThatThrownBy(() -> CsvSource.of(file(new byte[0]))).isInstanceOf(CsvSource.UnreadableFileException.class)
			.hasMessageContaining("empty");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThatThrownBy(() -> CsvSource.of(file(png))).isInstanceOf(CsvSource.UnreadableFileException.class)
			.hasMessageContaining("binary");
	}

	@Test
	void aHeaderOnlyFileHasOneRow() throws IOException {
		assertThat(rows(file("firstName,email\n", StandardCharsets.UTF_8))).containsExactly(List.of("firstName", "email"));
	}
}
