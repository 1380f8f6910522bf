package com.growthhub.media.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 409 for a change the item's or collection's state does not allow now. */
public class MediaConflictException extends ProblemException {

	private MediaConflictException(String title, String detail) {
		super(HttpStatus.CONFLICT, title, detail);
	}

	static MediaConflictException notReady() {
		return new MediaConflictException("Not ready", "The item is still processing or failed; it has nothing to share yet.");
	}

	static MediaConflictException transition(MediaStatus from, MediaStatus to) {
		return new MediaConflictException("Status change not allowed",
				"An item cannot move from " + from.key() + " to " + to.key() + ".");
	}

	static MediaConflictException collectionFull(int max) {
		return new MediaConflictException("Collection full", "A collection holds at most " + max + " items.");
	}

	static MediaConflictException profileExists() {
		return new MediaConflictException("Already exists", "This contact already has a profile picture collection.");
	}

	/** Asked first: the item is used, and deleting it takes it out of everything listed in {@code usage}. */
	static MediaConflictException inUse(MediaUsage.Usage usage) {
		MediaConflictException ex = new MediaConflictException("Item in use",
				"The item is used in " + usage.summary() + ". Delete it anyway with force=true.");
		ex.withProperty("usage", usage);
		return ex;
	}
}
