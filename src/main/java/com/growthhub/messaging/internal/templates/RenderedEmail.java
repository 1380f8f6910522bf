package com.growthhub.messaging.internal.templates;

/** An email ready to send: a one-line subject, sanitized HTML inside the mail layout, and its plain-text part. */
public record RenderedEmail(String subject, String html, String text) {
}
