package com.growthhub.masterclasses.internal.transcripts;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Keeps a masterclass's one current transcript: a new one replaces the old with all its segments in one transaction,
 * so readers see either the old transcript or the new one, never a mix.
 */
@Service
public class TranscriptStore {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;
	private final JdbcTemplate batches;
	private final TenantTransactions transactions;
	private final ClassLookup classes;
	private final TranscriptAccess access;

	TranscriptStore(JdbcClient jdbc, JdbcTemplate batches, TenantTransactions transactions, ClassLookup classes,
			TranscriptAccess access) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.transactions = transactions;
		this.classes = classes;
		this.access = access;
	}

	/** Parses an uploaded file and makes it the class's transcript; {@link SubtitleParseException} for a bad file. */
	public TranscriptSummary upload(OrganizationId organization, Actor actor, UUID masterclassId, byte[] file,
			@Nullable String fileName, @Nullable String language) {
		transactions.run(organization, actor, () -> access.checkEdit(organization, actor,
				classes.require(organization, masterclassId)));
		Subtitles.Parsed parsed = Subtitles.parse(file, fileName);
		return replace(organization, actor, masterclassId, parsed.format().key(), fileName, language, parsed.cues());
	}

	/** Makes {@code cues} the class's transcript (checked cues: in order, not overlapping, with text). */
	public TranscriptSummary replace(OrganizationId organization, Actor actor, UUID masterclassId, String source,
			@Nullable String fileName, @Nullable String language, List<Cue> cues) {
		return transactions.call(organization, actor, () -> {
			classes.require(organization, masterclassId);
			jdbc.sql("delete from masterclass_transcripts where organization_id = ? and masterclass_id = ?")
				.params(organization.value(), masterclassId)
				.update();
			UUID id = jdbc.sql("""
					insert into masterclass_transcripts (organization_id, masterclass_id, source, file_name, language,
					  segment_count, created_by)
					values (?, ?, ?, ?, ?, ?, ?) returning id
					""").params(organization.value(), masterclassId, source, shorten(fileName, 300), shorten(language, 35),
					cues.size(), actor.userId())
				.query(UUID.class)
				.single();
			insertSegments(organization, masterclassId, id, cues);
			return TranscriptReader.summary(jdbc, organization, masterclassId).orElseThrow();
		});
	}

	private void insertSegments(OrganizationId organization, UUID masterclassId, UUID transcriptId, List<Cue> cues) {
		for (int from = 0; from < cues.size(); from += BATCH) {
			int offset = from;
			int size = Math.min(BATCH, cues.size() - from);
			batches.batchUpdate("""
					insert into masterclass_transcript_segments (organization_id, transcript_id, masterclass_id, seq,
					  start_ms, end_ms, speaker, text)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""", new BatchPreparedStatementSetter() {

				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					Cue cue = cues.get(offset + i);
					ps.setObject(1, organization.value());
					ps.setObject(2, transcriptId);
					ps.setObject(3, masterclassId);
					ps.setInt(4, offset + i);
					ps.setLong(5, cue.startMs());
					ps.setLong(6, cue.endMs());
					ps.setString(7, shorten(cue.speaker(), 200));
					ps.setString(8, cue.text());
				}

				@Override
				public int getBatchSize() {
					return size;
				}
			});
		}
	}

	private static @Nullable String shorten(@Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip();
		return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
	}
}
