package com.growthhub.reviews;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/**
 * The provider did not take a reply: 409 when it is not connected, 502 when it refused or failed, with the reason a
 * person reads in the reply editor; the review stays as it was.
 */
public class ReplyNotPostedException extends ProblemException {

	private ReplyNotPostedException(HttpStatus status, String reason) {
		super(status, "Reply not posted", reason);
		withProperty("reason", reason);
	}

	public static ReplyNotPostedException notConnected(String providerName) {
		return new ReplyNotPostedException(HttpStatus.CONFLICT,
				providerName + " is not connected; an owner or admin connects it in Settings › Integrations.");
	}

	public static ReplyNotPostedException refused(String reason) {
		return new ReplyNotPostedException(HttpStatus.BAD_GATEWAY, reason);
	}
}
