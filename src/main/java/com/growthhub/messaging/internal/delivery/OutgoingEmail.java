package com.growthhub.messaging.internal.delivery;

import java.util.List;
import java.util.UUID;

/** A message as a transport sends it. */
public record OutgoingEmail(UUID id, String from, String to, String subject, String html, String text,
		List<Attached> attachments, boolean tracked) {

	public record Attached(String filename, String contentType, byte[] content) {
	}
}
