package com.growthhub.platform.files;

import com.growthhub.platform.web.NotFoundException;

/** A stored file that does not exist, or belongs to another organization: the two look the same (404). */
public final class FileNotFoundException extends NotFoundException {

	public FileNotFoundException() {
		super("File");
	}
}
