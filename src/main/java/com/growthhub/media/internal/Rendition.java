package com.growthhub.media.internal;

import java.nio.file.Path;

/** A file made from an upload (a web-sized version, a thumbnail, a poster), waiting in a work directory. */
record Rendition(Path file, String contentType, int width, int height) {

	String extension() {
		return contentType.equals("image/png") ? "png" : "jpg";
	}
}
