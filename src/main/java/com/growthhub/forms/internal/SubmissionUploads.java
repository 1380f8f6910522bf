package com.growthhub.forms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFile;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.shared.OrganizationId;

/**
 * The file side of a submission. Before the answers are checked, a file field's answer becomes the name of the file
 * sent for it (so required and hidden-by-condition apply to files as to any answer); after they pass, the files are
 * streamed into the file store, their types decided from the bytes against the field's list (415 otherwise) and
 * their sizes against its limit (413). A file field answered with text is refused: the only way to answer it is to
 * send a file.
 */
@Component
class SubmissionUploads {

	private static final int MAX_NAME = 200;

	private final StoredFiles files;

	SubmissionUploads(StoredFiles files) {
		this.files = files;
	}

	/** The answers with each uploaded file's name as its field's answer; throws naming every misplaced file. */
	static Map<String, List<String>> withNames(FormDefinition definition, Map<String, List<String>> answers,
			List<Upload> uploads) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FormField field : definition.fields()) {
			if (field.type() == FieldType.FILE && answers.getOrDefault(field.key(), List.of()).stream().anyMatch(v -> !v.isBlank())) {
				errors.add(FormInputException.error(field.key(), "takes a file, sent as multipart/form-data"));
			}
		}
		Map<String, List<String>> merged = new LinkedHashMap<>(answers);
		Set<String> seen = new HashSet<>();
		for (Upload upload : uploads) {
			FormField field = definition.field(upload.field()).orElse(null);
			if (field == null || field.type() != FieldType.FILE) {
				errors.add(FormInputException.error(upload.field(), "is not a file field of this form"));
			}
			else if (!seen.add(upload.field())) {
				errors.add(FormInputException.error(upload.field(), "takes one file"));
			}
			else {
				merged.put(upload.field(), List.of(name(upload.name())));
			}
		}
		if (!errors.isEmpty()) {
			throw FormInputException.answers(errors);
		}
		return merged;
	}

	/**
	 * Stores the files of the accepted answers; on any refusal the files already stored are removed again and the
	 * refusal thrown, so a refused submission leaves nothing behind.
	 */
	List<SubmissionFile> store(OrganizationId organization, FormDefinition definition, Map<String, List<String>> accepted,
			List<Upload> uploads) {
		List<SubmissionFile> stored = new ArrayList<>();
		try {
			for (Upload upload : uploads) {
				if (accepted.containsKey(upload.field())) {
					stored.add(store(organization, definition.field(upload.field()).orElseThrow(), upload));
				}
			}
			return stored;
		}
		catch (RuntimeException ex) {
			discard(organization, stored);
			throw ex;
		}
	}

	void discard(OrganizationId organization, List<SubmissionFile> stored) {
		stored.forEach(file -> files.delete(organization, FileId.of(file.fileId())));
	}

	private SubmissionFile store(OrganizationId organization, FormField field, Upload upload) {
		MessageDigest digest = sha256();
		try (InputStream in = new DigestInputStream(upload.content().getInputStream(), digest)) {
			StoredFile file = files.store(organization, in, name(upload.name()), field.fileUpload().policy());
			return new SubmissionFile(field.key(), file.id().value(), file.originalName(), file.contentType(),
					file.sizeBytes(), java.util.HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String name(String sent) {
		String base = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
		String name = base.isEmpty() ? "upload" : base;
		return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
