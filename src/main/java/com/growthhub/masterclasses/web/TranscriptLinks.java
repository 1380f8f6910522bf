package com.growthhub.masterclasses.web;

import java.util.UUID;

/** The staff replay at a second (mc-live's page), where a transcript search hit leads. */
final class TranscriptLinks {

	private TranscriptLinks() {
	}

	static String replay(UUID masterclassId, int second) {
		return "/masterclasses/" + masterclassId + "/replay?at=" + second;
	}
}
