package com.growthhub.messaging.web;

import java.net.URI;
import java.util.Base64;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.messaging.internal.tracking.EmailTracking;
import com.growthhub.messaging.internal.tracking.TrackingTokens;
import com.growthhub.platform.web.NotFoundException;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The public ends of GrowthHub's own tracking (mail sent without Mailgun): the open pixel and the click redirect.
 * A click token names a message and a link position, never an address: the redirect goes only to a link the stored
 * email contained, so these URLs cannot be used to send anybody elsewhere. A token that does not verify is a 404.
 */
@RestController
@Hidden
class EmailTrackingApiController {

	/** The smallest transparent GIF. */
	private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

	private final TrackingTokens tokens;

	private final EmailTracking tracking;

	EmailTrackingApiController(TrackingTokens tokens, EmailTracking tracking) {
		this.tokens = tokens;
		this.tracking = tracking;
	}

	@GetMapping("/t/o/{token}")
	ResponseEntity<byte[]> open(@PathVariable String token) {
		boolean counted = tokens.readOpen(token).map(tracking::opened).orElse(false);
		if (!counted) {
			throw NotFoundException.of("Page");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_GIF)
			.cacheControl(CacheControl.noStore())
			.body(PIXEL.clone());
	}

	@GetMapping("/t/c/{token}")
	ResponseEntity<Void> click(@PathVariable String token) {
		String target = tokens.readClick(token)
			.flatMap(click -> tracking.clicked(click.messageId(), click.link()))
			.orElseThrow(() -> NotFoundException.of("Page"));
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(target))
			.cacheControl(CacheControl.noStore())
			.build();
	}
}
