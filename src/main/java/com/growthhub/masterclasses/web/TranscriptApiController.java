package com.growthhub.masterclasses.web;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.growthhub.masterclasses.internal.transcripts.SpeechTranscriptions;
import com.growthhub.masterclasses.internal.transcripts.TranscriptAccess;
import com.growthhub.masterclasses.internal.transcripts.TranscriptReader;
import com.growthhub.masterclasses.internal.transcripts.TranscriptSearch;
import com.growthhub.masterclasses.internal.transcripts.TranscriptStore;
import com.growthhub.masterclasses.internal.transcripts.TranscriptSummary;
import com.growthhub.masterclasses.internal.transcripts.TranscriptUploads;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Masterclass transcripts", description = "WebVTT or SRT transcripts of masterclasses (one current per "
		+ "class), their segments, and full-text search over all of them with links to the replay at that second")
class TranscriptApiController {

	private final TranscriptStore store;
	private final TranscriptReader reader;
	private final TranscriptSearch search;
	private final TranscriptAccess access;
	private final SpeechTranscriptions speech;

	TranscriptApiController(TranscriptStore store, TranscriptReader reader, TranscriptSearch search,
			TranscriptAccess access, SpeechTranscriptions speech) {
		this.speech = speech;
		this.store = store;
		this.reader = reader;
		this.search = search;
		this.access = access;
	}

	record SearchHit(String segmentId, String masterclassId, String masterclassTitle, long startMs, long endMs,
			int startSecond, @Nullable String speaker, String snippet, String replayUrl) {

		static SearchHit of(TranscriptSearch.Hit hit) {
			return new SearchHit(hit.segmentId().toString(), hit.masterclassId().toString(), hit.masterclassTitle(),
					hit.startMs(), hit.endMs(), hit.startSecond(), hit.speaker(), hit.snippet(),
					TranscriptLinks.replay(hit.masterclassId(), hit.startSecond()));
		}
	}

	record SearchPage(java.util.List<SearchHit> items, @Nullable String nextCursor) {
	}

	@PostMapping(path = "/api/v1/masterclasses/{id}/transcripts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Uploads a WebVTT or SRT file (part 'file', at most 5 MB and 50,000 cues; optional 'language') "
			+ "as the class's transcript, replacing the current one",
			description = "422 problem+json with errors[{line, message}] for a file that does not parse: bad "
					+ "timestamps, a cue ending before it starts, overlapping cues, a cue without text.")
	ResponseEntity<TranscriptSummary> upload(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestPart("file") MultipartFile file, @RequestParam(required = false) @Nullable String language)
			throws IOException {
		TranscriptSummary transcript = store.upload(organization, actor, id, TranscriptUploads.bytes(file),
				file.getOriginalFilename(), language);
		return ResponseEntity.created(URI.create("/api/v1/masterclasses/" + id + "/transcripts")).body(transcript);
	}

	record SpeechRequest(@jakarta.validation.constraints.NotNull UUID fileId) {
	}

	@PostMapping("/api/v1/masterclasses/{id}/transcripts/speech-to-text")
	@Operation(summary = "Queues a transcript from a recording in the file store ({fileId}) through the configured "
			+ "speech-to-text provider; it replaces the current transcript when done",
			description = "422 when GROWTHHUB_AI_TRANSCRIBE_URL, _API_KEY and _MODEL are not set; 404 for an unknown file.")
	ResponseEntity<SpeechTranscriptions.Run> transcribe(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody SpeechRequest request) {
		return ResponseEntity.accepted().body(speech.start(organization, actor, id, request.fileId()));
	}

	@GetMapping("/api/v1/masterclasses/{id}/transcripts")
	@Operation(summary = "The class's current transcript (null when none) and its segments in order, keyset-paged")
	TranscriptReader.Page segments(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "" + TranscriptReader.DEFAULT_LIMIT) int limit) {
		access.checkRead(organization, actor);
		return reader.segments(organization, actor, id, PageCursor.parse(cursor), limit);
	}

	@GetMapping("/api/v1/transcripts/search")
	@Operation(summary = "Searches the transcripts of all the organization's masterclasses (web-search syntax), best "
			+ "first; each hit with a snippet ([[match]]), its start second and the staff replay's URL at it")
	SearchPage search(OrganizationId organization, Actor actor, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "" + TranscriptSearch.DEFAULT_LIMIT) int limit) {
		access.checkRead(organization, actor);
		TranscriptSearch.Page page = search.search(organization, actor, q, PageCursor.parse(cursor), limit);
		return new SearchPage(page.items().stream().map(SearchHit::of).toList(), page.nextCursor());
	}
}
