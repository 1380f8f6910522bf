package com.growthhub.platform.files;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/**
 * An upload the store would not keep. Nothing of it remains. A caller that knows which form field or multipart
 * part carried the file names it with {@link #forField}, so the problem's {@code errors} point at it.
 */
public abstract sealed class UploadRefusedException extends ProblemException permits EmptyFileException,
		UnsupportedFileTypeException, FileTooLargeException, StorageQuotaExceededException {

	protected UploadRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	/** Adds {@code errors: [{field, message}]} naming the part that carried the file. */
	public UploadRefusedException forField(String field) {
		withProperty("errors", List.of(Map.of("field", field, "message", String.valueOf(getBody().getDetail()))));
		return this;
	}
}
