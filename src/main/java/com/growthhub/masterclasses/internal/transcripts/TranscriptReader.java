package com.growthhub.masterclasses.internal.transcripts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.masterclasses.internal.JoinTokens;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/** Reading transcripts: a class's segments in keyset pages, and the whole of one for a registrant's replay. */
@Service
public class TranscriptReader {

	public static final int DEFAULT_LIMIT = 100;
	public static final int MAX_LIMIT = 1000;

	private static final Actor REPLAY = new Actor.Anonymous();

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ClassLookup classes;

	TranscriptReader(JdbcClient jdbc, TenantTransactions transactions, ClassLookup classes) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.classes = classes;
	}

	public record Page(@Nullable TranscriptSummary transcript, List<TranscriptSegment> items,
			@Nullable String nextCursor) {
	}

	/** A line as the replay's follow-along shows it. */
	public record Line(long startMs, long endMs, @Nullable String speaker, String text) {
	}

	public Page segments(OrganizationId organization, Actor actor, UUID masterclassId, @Nullable PageCursor cursor,
			int limit) {
		int size = Math.clamp(limit, 1, MAX_LIMIT);
		int after = cursor == null ? -1 : seq(cursor);
		return transactions.call(organization, actor, () -> {
			classes.require(organization, masterclassId);
			Optional<TranscriptSummary> transcript = summary(jdbc, organization, masterclassId);
			if (transcript.isEmpty()) {
				return new Page(null, List.of(), null);
			}
			List<TranscriptSegment> rows = jdbc.sql("""
					select id, seq, start_ms, end_ms, speaker, text from masterclass_transcript_segments
					where organization_id = ? and transcript_id = ? and seq > ? order by seq limit ?
					""").params(organization.value(), transcript.get().id(), after, size + 1)
				.query((rs, n) -> new TranscriptSegment(rs.getObject("id", UUID.class), rs.getInt("seq"),
						rs.getLong("start_ms"), rs.getLong("end_ms"), rs.getString("speaker"), rs.getString("text")))
				.list();
			if (rows.size() <= size) {
				return new Page(transcript.get(), rows, null);
			}
			TranscriptSegment last = rows.get(size - 1);
			return new Page(transcript.get(), List.copyOf(rows.subList(0, size)),
					new PageCursor(Integer.toString(last.seq()), last.id()).encode());
		});
	}

	/**
	 * The transcript of the class a join token belongs to, for the replay's follow-along: the token (never stored,
	 * only its SHA-256) is the credential; an unknown token, or a class without a transcript, is 404.
	 */
	public List<Line> forJoinToken(String joinToken) {
		String hash = JoinTokens.hash(joinToken);
		Registration registration = transactions.call(TenantScope.system(REPLAY), () -> jdbc.sql("""
				select organization_id, masterclass_id from masterclass_registrations
				where id in (select id from masterclass_registrations where join_token_hash = ?
				             union all select registration_id from masterclass_join_links where token_hash = ?)
				""").params(hash, hash)
			.query((rs, n) -> new Registration(OrganizationId.of(rs.getObject("organization_id", UUID.class)),
					rs.getObject("masterclass_id", UUID.class)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("The transcript")));
		List<Line> lines = transactions.call(registration.organization(), REPLAY, () -> jdbc.sql("""
				select s.start_ms, s.end_ms, s.speaker, s.text from masterclass_transcript_segments s
				join masterclass_transcripts t on t.id = s.transcript_id
				where t.organization_id = ? and t.masterclass_id = ? order by s.seq
				""").params(registration.organization().value(), registration.masterclassId())
			.query((rs, n) -> new Line(rs.getLong("start_ms"), rs.getLong("end_ms"), rs.getString("speaker"),
					rs.getString("text")))
			.list());
		if (lines.isEmpty()) {
			throw NotFoundException.of("The transcript");
		}
		return lines;
	}

	public Optional<TranscriptSummary> current(OrganizationId organization, Actor actor, UUID masterclassId) {
		return transactions.call(organization, actor, () -> summary(jdbc, organization, masterclassId));
	}

	static Optional<TranscriptSummary> summary(JdbcClient jdbc, OrganizationId organization, UUID masterclassId) {
		return jdbc.sql("""
				select id, masterclass_id, source, file_name, language, segment_count, created_by, created_at
				from masterclass_transcripts where organization_id = ? and masterclass_id = ?
				""").params(organization.value(), masterclassId)
			.query((rs, n) -> new TranscriptSummary(rs.getObject("id", UUID.class),
					rs.getObject("masterclass_id", UUID.class), rs.getString("source"), rs.getString("file_name"),
					rs.getString("language"), rs.getInt("segment_count"), rs.getObject("created_by", UUID.class),
					rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	private static int seq(PageCursor cursor) {
		try {
			return Integer.parseInt(String.valueOf(cursor.value()));
		}
		catch (NumberFormatException e) {
			throw new PageCursor.InvalidCursorException();
		}
	}

	private record Registration(OrganizationId organization, UUID masterclassId) {
	}
}
