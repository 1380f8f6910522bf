package com.growthhub.masterclasses.internal.transcripts;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.shared.OrganizationId;

/**
 * Full-text search over the current transcripts of all the organization's masterclasses (web-search syntax: words,
 * "a phrase", -not, or), best matches first. Pages are keyset on (rank, id), so a page never repeats or skips a
 * hit; the snippet is made only for the page's rows, since ts_headline re-reads each text.
 */
@Service
public class TranscriptSearch {

	public static final int DEFAULT_LIMIT = 20;
	public static final int MAX_LIMIT = 100;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	TranscriptSearch(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** snippet: the matching words wrapped in [[ and ]] (the page marks them; the API leaves the choice to clients). */
	public record Hit(UUID segmentId, UUID masterclassId, String masterclassTitle, long startMs, long endMs,
			int startSecond, @Nullable String speaker, String snippet, float rank) {

		/** The snippet cut into plain and matching parts, for a page to mark the matches without raw HTML. */
		public List<Part> parts() {
			List<Part> parts = new java.util.ArrayList<>();
			String[] pieces = snippet.split("\\[\\[|]]", -1);
			for (int i = 0; i < pieces.length; i++) {
				if (!pieces[i].isEmpty()) {
					parts.add(new Part(pieces[i], i % 2 == 1));
				}
			}
			return parts;
		}
	}

	public record Part(String text, boolean match) {
	}

	public record Page(List<Hit> items, @Nullable String nextCursor) {
	}

	public Page search(OrganizationId organization, Actor actor, String q, @Nullable PageCursor cursor, int limit) {
		String query = q.strip();
		if (query.isEmpty() || query.length() > 200) {
			throw new BadQueryException();
		}
		int size = Math.clamp(limit, 1, MAX_LIMIT);
		float rank = cursor == null ? Float.MAX_VALUE : rank(cursor);
		UUID after = cursor == null ? new UUID(0, 0) : cursor.id();
		List<Hit> rows = transactions.call(organization, actor, () -> jdbc.sql("""
				select h.id, h.masterclass_id, m.title, h.start_ms, h.end_ms, h.speaker, h.rank,
				  ts_headline('english', h.text, q, 'StartSel=[[, StopSel=]], MaxWords=30, MinWords=12, MaxFragments=1')
				    as snippet
				from (
				  select s.id, s.masterclass_id, s.start_ms, s.end_ms, s.speaker, s.text,
				    ts_rank(s.search_text, q) as rank
				  from masterclass_transcript_segments s, websearch_to_tsquery('english', ?) q
				  where s.organization_id = ? and s.search_text @@ q
				) h
				join masterclasses m on m.organization_id = ? and m.id = h.masterclass_id,
				websearch_to_tsquery('english', ?) q
				where h.rank < ? or (h.rank = ? and h.id > ?)
				order by h.rank desc, h.id
				limit ?
				""").params(query, organization.value(), organization.value(), query, rank, rank, after, size + 1)
			.query((rs, n) -> new Hit(rs.getObject("id", UUID.class), rs.getObject("masterclass_id", UUID.class),
					rs.getString("title"), rs.getLong("start_ms"), rs.getLong("end_ms"),
					(int) (rs.getLong("start_ms") / 1000), rs.getString("speaker"), rs.getString("snippet"),
					rs.getFloat("rank")))
			.list());
		if (rows.size() <= size) {
			return new Page(rows, null);
		}
		Hit last = rows.get(size - 1);
		return new Page(List.copyOf(rows.subList(0, size)),
				new PageCursor(Float.toString(last.rank()), last.segmentId()).encode());
	}

	private static float rank(PageCursor cursor) {
		try {
			return Float.parseFloat(String.valueOf(cursor.value()));
		}
		catch (NumberFormatException e) {
			throw new PageCursor.InvalidCursorException();
		}
	}

	/** 400 for an empty or overlong query. */
	public static final class BadQueryException extends ProblemException {
		BadQueryException() {
			super(org.springframework.http.HttpStatus.BAD_REQUEST, "Invalid query",
					"Give 'q': the words to find, at most 200 characters.");
			withProperty("errors", List.of(java.util.Map.of("field", "q", "message", "must be 1 to 200 characters")));
		}
	}
}
