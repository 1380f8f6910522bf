package com.growthhub.pipeline.web;

import org.springframework.web.ErrorResponseException;

/** What the journey pages show for a refused action: our own 4xx details; anything else goes to the error page. */
final class JourneyPages {

	private JourneyPages() {
	}

	static String detail(ErrorResponseException ex) {
		if (!ex.getStatusCode().is4xxClientError()) {
			throw ex;
		}
		String detail = ex.getBody().getDetail();
		return detail == null ? "The request was refused." : detail;
	}
}
