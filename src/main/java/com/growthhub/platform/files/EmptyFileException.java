package com.growthhub.platform.files;

import org.springframework.http.HttpStatus;

/** An upload without a single byte: 400. */
public final class EmptyFileException extends UploadRefusedException {

	public EmptyFileException() {
		super(HttpStatus.BAD_REQUEST, "Empty file", "The file is empty.");
	}
}
