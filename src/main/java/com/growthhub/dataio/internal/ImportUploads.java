package com.growthhub.dataio.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactImports;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The first step of an import: a file is received (streamed to disk, never held in memory), sniffed and
 * previewed with a suggested mapping, and waits for a person to confirm it ({@link ImportStarter}).
 */
@Service
public class ImportUploads {

	public static final int PREVIEW_ROWS = 20;

	private final ContactImports contacts;
	private final ImportFiles files;

	ImportUploads(ContactImports contacts, ImportFiles files) {
		this.contacts = contacts;
		this.files = files;
	}

	/** A received file waiting for its mapping. */
	public record Upload(UUID id, String fileName, long size, String encoding, String delimiter, List<String> headers,
			List<List<String>> preview, Map<String, String> suggestedMapping, List<ContactImports.Field> customFields,
			boolean privacyMode) {
	}

	/** Writes an upload to the given file: a multipart part moves its temporary file there. */
	@FunctionalInterface
	public interface Transfer {

		void to(Path file) throws IOException;
	}

	/** Streams the upload to the organization's folder (never whole into memory) and reads its head. */
	public Upload receive(OrganizationId organization, String fileName, Transfer transfer) {
		UUID id = Ids.next();
		Path target = files.uploadOf(organization, id);
		try {
			Files.createDirectories(target.getParent());
			transfer.to(target);
			return describe(organization, id, fileName, target);
		}
		catch (CsvSource.UnreadableFileException ex) {
			ImportFiles.deleteQuietly(target);
			throw new InvalidImportException(ex.getMessage());
		}
		catch (IOException ex) {
			ImportFiles.deleteQuietly(target);
			throw new UncheckedIOException("Could not store the upload", ex);
		}
	}

	/** A file the organization received, again, for the mapping page. */
	public Upload upload(OrganizationId organization, UUID uploadId, String fileName) {
		Path file = files.uploadOf(organization, uploadId);
		if (!Files.isRegularFile(file)) {
			throw NotFoundException.of("Upload");
		}
		try {
			return describe(organization, uploadId, fileName, file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Upload describe(OrganizationId organization, UUID id, String fileName, Path file) throws IOException {
		CsvSource source = CsvSource.of(file);
		List<String> headers = null;
		List<List<String>> preview = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = source.open()) {
			for (CsvRecord record : reader) {
				if (headers == null) {
					headers = CsvSource.headerNames(record.getFields());
				}
				else if (preview.size() < PREVIEW_ROWS) {
					preview.add(record.getFields());
				}
				else {
					break;
				}
			}		}
		catch (CsvParseException ex) {
			// The reader's own limits (16,384 columns, 16 MB in one field) keep a hostile header from filling the heap.
			throw new CsvSource.UnreadableFileException("The file cannot be read as CSV: "
					+ String.valueOf(ex.getMessage()).replace("fields", "columns") + ".");
		}
		if (headers == null) {
			throw new CsvSource.UnreadableFileException("The file has no header row.");
		}
		ContactImports.Rules rules = contacts.rules(organization);
		return new Upload(id, fileName, Files.size(file), source.charset().name(), String.valueOf(source.delimiter()), headers,
				preview, ColumnMapping.suggest(headers, rules.customFields(), rules.privacyMode()), rules.customFields(),
				rules.privacyMode());
	}
}
