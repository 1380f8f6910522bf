package com.growthhub.masterclasses.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.masterclasses.internal.transcripts.TranscriptReader;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The replay's follow-along transcript for a registrant: their personal join token is the credential. */
@RestController
@Tag(name = "Masterclass transcripts (public)", description = "The transcript a registrant's replay follows, by their join token")
@SecurityRequirements
class TranscriptPublicApiController {

	private final TranscriptReader reader;

	TranscriptPublicApiController(TranscriptReader reader) {
		this.reader = reader;
	}

	record Transcript(List<TranscriptReader.Line> items) {
	}

	@GetMapping("/api/v1/public/live/{joinToken}/transcript")
	@Operation(summary = "The transcript of the class the join token belongs to, every line in order "
			+ "({items:[{startMs, endMs, speaker, text}]}); 404 for an unknown token or a class without one")
	Transcript transcript(@PathVariable String joinToken) {
		return new Transcript(reader.forJoinToken(joinToken));
	}
}
