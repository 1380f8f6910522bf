package com.growthhub.platform.files;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** More bytes than the use allows; found while streaming, so nothing of the upload is kept: 413. */
public final class FileTooLargeException extends UploadRefusedException {

	public FileTooLargeException(DataSize maxSize) {
		super(HttpStatus.CONTENT_TOO_LARGE, "File too large",
				"The file is larger than " + StorageSizes.format(maxSize.toBytes()) + ".");
		withProperty("maxBytes", maxSize.toBytes());
	}
}
