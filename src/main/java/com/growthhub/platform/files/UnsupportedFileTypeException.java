package com.growthhub.platform.files;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.HttpStatus;

/** The bytes are of a type this use does not accept, whatever the file's name or declared type said: 415. */
public final class UnsupportedFileTypeException extends UploadRefusedException {

	public UnsupportedFileTypeException(String detectedType, Set<String> allowedTypes) {
		super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file type", "The file is " + detectedType
				+ ", which is not accepted here; accepted: " + String.join(", ", new TreeSet<>(allowedTypes)) + ".");
		withProperty("detectedType", detectedType);
		withProperty("allowedTypes", new TreeSet<>(allowedTypes));
	}
}
