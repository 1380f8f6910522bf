package com.growthhub.platform.ai;

/** The model answered too late, or not with something the port can pass on. */
class UnusableAnswerException extends RuntimeException {

	UnusableAnswerException(String reason) {
		super(reason);
	}

	UnusableAnswerException(String reason, Throwable cause) {
		super(reason, cause);
	}
}
