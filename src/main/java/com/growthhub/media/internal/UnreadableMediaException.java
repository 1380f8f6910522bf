package com.growthhub.media.internal;

/** Processing could not read an upload; the message becomes the item's failure reason, shown to people. */
class UnreadableMediaException extends Exception {

	UnreadableMediaException(String reason) {
		super(reason);
	}

	UnreadableMediaException(String reason, Throwable cause) {
		super(reason, cause);
	}
}
