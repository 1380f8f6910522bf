package com.growthhub.forms;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The forms' spam layers for other public pages that take a visitor's details (a masterclass's registration form): a
 * signed render stamp for the minimum fill time, the honeypot field, and the per-address and per-page rate limits. The
 * {@code scope} is the page's own id (a masterclass id), keeping its stamps and limits apart from every form's.
 */
public interface SpamScreen {

	/** The name of the hidden field people leave empty and bots fill. */
	String HONEYPOT_FIELD = "_hp";

	/** The name of the hidden field carrying {@link #stamp}. */
	String STAMP_FIELD = "_rendered";

	/** A stamp of now, signed for the scope, to render into the page. */
	String stamp(UUID scope);

	/**
	 * Takes one request from the address's and the scope's rate limits (429 problem when either is exhausted), then
	 * answers the signs of spam found: {@code honeypot}, {@code forged_render_time}, {@code too_fast}; empty when clean.
	 */
	List<String> screen(UUID scope, String address, @Nullable String honeypot, @Nullable String stamp,
			int minimumFillSeconds);
}
