package com.growthhub.masterclasses.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import com.growthhub.masterclasses.internal.transcripts.SpeechTranscriptions;
import com.growthhub.masterclasses.internal.transcripts.TranscriptRefusedException;
import com.growthhub.platform.files.StoredFile;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.files.UploadPolicy;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** The transcript page's speech-to-text part: whether a provider is set, the last run, and a recording's upload. */
@Component
class TranscriptSpeechModel {

	/** The audio and video types the documented transcription API takes, as detected from the bytes. */
	static final UploadPolicy RECORDINGS = UploadPolicy.of("masterclass-recording", DataSize.ofGigabytes(1),
			"audio/mpeg", "audio/mp4", "audio/x-m4a", "audio/wav", "audio/x-wav", "audio/vnd.wave", "audio/webm",
			"audio/ogg", "audio/flac", "audio/x-flac", "video/mp4", "video/webm", "video/mpeg", "video/quicktime");

	private final SpeechTranscriptions transcriptions;
	private final StoredFiles files;

	TranscriptSpeechModel(SpeechTranscriptions transcriptions, StoredFiles files) {
		this.transcriptions = transcriptions;
		this.files = files;
	}

	void addTo(OrganizationId organization, Actor actor, UUID masterclassId, Model model) {
		model.addAttribute("speechToText", transcriptions.configured());
		model.addAttribute("lastRun", transcriptions.latest(organization, actor, masterclassId).orElse(null));
	}

	/** Stores the recording first (outside any transaction, as the file store asks), then queues the run. */
	SpeechTranscriptions.Run start(OrganizationId organization, Actor actor, UUID masterclassId, MultipartFile recording)
			throws IOException {
		if (!transcriptions.configured()) {
			throw TranscriptRefusedException.noSpeechToText();
		}
		StoredFile stored;
		try (InputStream in = recording.getInputStream()) {
			stored = files.store(organization, in, recording.getOriginalFilename(), RECORDINGS);
		}
		return transcriptions.start(organization, actor, masterclassId, stored.id().value());
	}
}
