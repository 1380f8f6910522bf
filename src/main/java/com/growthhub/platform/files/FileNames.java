package com.growthhub.platform.files;

import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;

/** The name a file is downloaded with: the uploader's, without folders or control characters, or one made from its type. */
final class FileNames {

	private static final int MAX_LENGTH = 255;

	private FileNames() {
	}

	static String clean(@Nullable String name, String contentType) {
		String base = name == null ? "" : name;
		// Browsers on Windows have sent "C:\fakepath\receipt.jpg"; only the last part is the file's name.
		base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
		base = base.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (base.isEmpty() || base.equals(".") || base.equals("..")) {
			base = "file" + extensionOf(contentType);
		}
		return base.length() <= MAX_LENGTH ? base : base.substring(base.length() - MAX_LENGTH);
	}

	private static String extensionOf(String contentType) {
		try {
			return MimeTypes.getDefaultMimeTypes().forName(contentType).getExtension();
		}
		catch (MimeTypeException ex) {
			return "";
		}
	}
}
