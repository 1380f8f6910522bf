package com.growthhub.masterclasses.internal.transcripts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.growthhub.platform.ai.SpeechToText;
import com.growthhub.platform.ai.SpeechToTextException;
import com.growthhub.platform.ai.TranscribedSpeech;
import com.growthhub.platform.files.FileContent;
import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * Transcripts from recordings: a run is queued in the person's transaction and the job system sends the recording to
 * the speech-to-text provider once it commits (any node, once); its segments, made one after another, replace the
 * class's transcript. A failed run keeps its reason for the page; the current transcript stays as it was.
 */
@Service
public class SpeechTranscriptions {

	static final TaskDescriptor<String> TASK = TaskDescriptor.of("masterclass-transcription", String.class);

	private static final Logger log = LoggerFactory.getLogger(SpeechTranscriptions.class);

	private static final Actor JOB = new Actor.Job("masterclass-transcription");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ClassLookup classes;
	private final TranscriptAccess access;
	private final StoredFiles files;
	private final SpeechToText speech;
	private final TranscriptStore store;
	private final ObjectProvider<SchedulerClient> scheduler;

	SpeechTranscriptions(JdbcClient jdbc, TenantTransactions transactions, ClassLookup classes,
			TranscriptAccess access, StoredFiles files, SpeechToText speech, TranscriptStore store,
			ObjectProvider<SchedulerClient> scheduler) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.classes = classes;
		this.access = access;
		this.files = files;
		this.speech = speech;
		this.store = store;
		this.scheduler = scheduler;
	}

	/** status: queued, running, done or failed. */
	public record Run(UUID id, UUID masterclassId, UUID fileId, String status, @Nullable String error,
			Instant createdAt, @Nullable Instant finishedAt) {
	}

	public boolean configured() {
		return speech.configured();
	}

	/** Queues a run for a recording already in the file store. */
	public Run start(OrganizationId organization, Actor actor, UUID masterclassId, UUID fileId) {
		if (!speech.configured()) {
			throw TranscriptRefusedException.noSpeechToText();
		}
		return transactions.call(organization, actor, () -> {
			access.checkEdit(organization, actor, classes.require(organization, masterclassId));
			files.find(organization, FileId.of(fileId)).orElseThrow(() -> NotFoundException.of("The recording"));
			UUID id = jdbc.sql("""
					insert into masterclass_transcriptions (organization_id, masterclass_id, file_id, created_by)
					values (?, ?, ?, ?) returning id
					""").params(organization.value(), masterclassId, fileId, actor.userId()).query(UUID.class).single();
			String data = organization.value() + "/" + id;
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					scheduler.getObject().scheduleIfNotExists(TASK.instance(data).data(data).scheduledTo(Instant.now()));
				}
			});
			return find(organization, id).orElseThrow();
		});
	}

	public Optional<Run> latest(OrganizationId organization, Actor actor, UUID masterclassId) {
		return transactions.call(organization, actor, () -> jdbc.sql(SELECT
				+ " where organization_id = ? and masterclass_id = ? order by created_at desc limit 1")
			.params(organization.value(), masterclassId).query(SpeechTranscriptions::run).optional());
	}

	/** The job: safe to run again after a crash (a run already done is left alone). */
	void run(OrganizationId organization, UUID runId) {
		Run run = transactions.call(organization, JOB, () -> find(organization, runId)).orElse(null);
		if (run == null || run.status().equals("done")) {
			return;
		}
		mark(organization, runId, "running", null);
		try (FileContent recording = files.open(organization, FileId.of(run.fileId()), null)) {
			TranscribedSpeech heard = speech.transcribe(recording.stream(), recording.file().originalName(),
					recording.file().contentType());
			store.replace(organization, JOB, run.masterclassId(), "speech_to_text", recording.file().originalName(),
					heard.language(), cues(heard));
			mark(organization, runId, "done", null);
		}
		catch (SpeechToTextException | NotFoundException e) {
			log.warn("Transcription {} failed: {}", runId, e.getMessage());
			mark(organization, runId, "failed", e.getMessage());
		}
	}

	/** Providers' segments may touch or overlap by a few milliseconds: each starts no earlier than the last ended. */
	static List<Cue> cues(TranscribedSpeech heard) {
		List<Cue> cues = new ArrayList<>();
		long previousEnd = 0;
		for (TranscribedSpeech.Segment segment : heard.segments()) {
			long start = Math.max(segment.startMs(), previousEnd);
			long end = Math.max(start, segment.endMs());
			String text = segment.text().length() > CueCollector.MAX_TEXT
					? segment.text().substring(0, CueCollector.MAX_TEXT) : segment.text();
			cues.add(new Cue(cues.size() + 1, start, end, null, text));
			previousEnd = end;
		}
		return cues;
	}

	private void mark(OrganizationId organization, UUID runId, String status, @Nullable String error) {
		transactions.run(organization, JOB, () -> jdbc.sql("""
				update masterclass_transcriptions set status = ?, error = ?,
				  finished_at = case when ? in ('done', 'failed') then now() end
				where organization_id = ? and id = ?
				""").params(status, error == null ? null : error.substring(0, Math.min(error.length(), 1000)), status,
				organization.value(), runId).update());
	}

	private Optional<Run> find(OrganizationId organization, UUID id) {
		return jdbc.sql(SELECT + " where organization_id = ? and id = ?").params(organization.value(), id)
			.query(SpeechTranscriptions::run).optional();
	}

	private static final String SELECT = """
			select id, masterclass_id, file_id, status, error, created_at, finished_at from masterclass_transcriptions""";

	private static Run run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		java.sql.Timestamp finished = rs.getTimestamp("finished_at");
		return new Run(rs.getObject("id", UUID.class), rs.getObject("masterclass_id", UUID.class),
				rs.getObject("file_id", UUID.class), rs.getString("status"), rs.getString("error"),
				rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
	}
}
