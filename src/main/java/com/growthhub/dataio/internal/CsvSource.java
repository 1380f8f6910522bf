package com.growthhub.dataio.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * A CSV file as people really send them: its encoding (UTF-8 with or without a byte order mark, UTF-16,
 * else Windows-1252) and delimiter (comma, semicolon or tab) are guessed from the first 64 KB, and
 * binary files are refused before anything is read as rows.
 */
public final class CsvSource {

	static final int SNIFF = 64 * 1024;
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final Path file;
	private final Charset charset;
	private final int bomLength;
	private final char delimiter;

	private CsvSource(Path file, Charset charset, int bomLength, char delimiter) {
		this.file = file;
		this.charset = charset;
		this.bomLength = bomLength;
		this.delimiter = delimiter;
	}

	/** Why a file cannot be read as CSV at all; the message is shown to the person who uploaded it. */
	public static final class UnreadableFileException extends RuntimeException {

		UnreadableFileException(String message) {
			super(message);
		}
	}

	public static CsvSource of(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF);
		}
		if (head.length == 0) {
			throw new UnreadableFileException("The file is empty.");
		}
		Charset charset;
		int bom = 0;
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			charset = StandardCharsets.UTF_8;
			bom = 3;
		}
		else if (startsWith(head, 0xFF, 0xFE)) {
			charset = StandardCharsets.UTF_16LE;
			bom = 2;
		}
		else if (startsWith(head, 0xFE, 0xFF)) {
			charset = StandardCharsets.UTF_16BE;
			bom = 2;
		}
		else if (looksLikeUtf16(head)) {
			charset = head.length > 1 && head[0] == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
		}
		else {
			if (looksBinary(head)) {
				throw new UnreadableFileException("This is not a CSV file: it holds binary data.");
			}
			charset = validUtf8(head, head.length == SNIFF) ? StandardCharsets.UTF_8 : WINDOWS_1252;
		}
		String text = new String(head, bom, head.length - bom, charset);
		return new CsvSource(file, charset, bom, delimiter(text));
	}

	public Charset charset() {
		return charset;
	}

	public char delimiter() {
		return delimiter;
	}

	/** The rows from the start (header first). Cells that span lines, quotes and ragged rows are tolerated. */
	public CsvReader<CsvRecord> open(InputStream source) throws IOException {
		InputStream in = new BufferedInputStream(source, 1 << 16);
		in.skipNBytes(bomLength);
		Reader reader = new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE));
		return CsvReader.builder()
			.fieldSeparator(delimiter)
			.skipEmptyLines(true)
			.allowExtraFields(true)
			.allowMissingFields(true)
			.allowExtraCharsAfterClosingQuote(true)
			.allowUnclosedQuote(true)
			.detectBomHeader(false)
			.ofCsvRecord(reader);
	}

	public CsvReader<CsvRecord> open() throws IOException {
		return open(Files.newInputStream(file));
	}

	/** The name of a column whose header cell is empty. */
	static String unnamed(int index) {
		return "Column " + (index + 1);
	}

	/** The header cells, trimmed; a repeated or blank name gets a suffix so every column has its own name. */
	public static List<String> headerNames(List<String> cells) {
		List<String> names = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String name = cells.get(i).strip();
			if (name.isEmpty()) {
				name = unnamed(i);
			}
			int count = seen.merge(name.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
			names.add(count == 1 ? name : name + " (" + count + ")");
		}
		return names;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Text in UTF-16 without a byte order mark has a zero byte in every other position for Latin text. */
	private static boolean looksLikeUtf16(byte[] head) {
		int pairs = Math.min(head.length / 2, 512);
		if (pairs < 2) {
			return false;
		}
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < pairs * 2; i += 2) {
			evenZeros += head[i] == 0 ? 1 : 0;
			oddZeros += head[i + 1] == 0 ? 1 : 0;
		}
		return evenZeros > pairs * 0.7 || oddZeros > pairs * 0.7;
	}

	/** Zero bytes or many control characters: an image, an archive, a spreadsheet renamed .csv. */
	private static boolean looksBinary(byte[] head) {
		int control = 0;
		for (byte b : head) {
			int c = b & 0xFF;
			if (c == 0) {
				return true;
			}
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C) {
				control++;
			}
		}
		return control > head.length / 20;
	}

	/** Decodes strictly; a sequence cut off at the end of the sniffed bytes does not count against UTF-8. */
	private static boolean validUtf8(byte[] head, boolean truncated) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		int length = head.length;
		if (truncated) {
			// Step back to the start of the last (possibly incomplete) character.
			int back = 0;
			while (back < 4 && length - back - 1 >= 0 && (head[length - back - 1] & 0xC0) == 0x80) {
				back++;
			}
			length -= back + 1;
		}
		try {
			decoder.decode(ByteBuffer.wrap(head, 0, Math.max(0, length)));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** The candidate that splits the first lines into the same, largest number of cells (outside quotes). */
	static char delimiter(String text) {
		List<String> lines = text.lines().filter(line -> !line.isBlank()).limit(20).toList();
		char best = ',';
		double bestScore = 0;
		for (char candidate : new char[] { ',', ';', '\t' }) {
			int[] counts = lines.stream().mapToInt(line -> count(line, candidate)).toArray();
			if (counts.length == 0) {
				continue;
			}
			int first = counts[0];
			long consistent = Arrays.stream(counts).filter(c -> c == first).count();
			double score = first == 0 ? 0 : first * ((double) consistent / counts.length);
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	private static int count(String line, char delimiter) {
		int count = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == delimiter && !quoted) {
				count++;
			}
		}
		return count;
	}
}
