package com.growthhub.analytics.internal.commissions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.platform.web.PageCursor;

/**
 * One keyset page of a commission table listed newest first, by (created_at, id): providers and rules page alike, so a
 * client follows {@code nextCursor} through either the same way. One row more than the page is read to learn whether
 * another page follows.
 */
final class NewestFirst {

	/** Appended to a query's {@code where} clause (it starts with a space); {@link #bind} gives its parameters. */
	static final String AFTER_CURSOR = " and (cast(:at as timestamptz) is null"
			+ " or (created_at, id) < (cast(:at as timestamptz), :id)) order by created_at desc, id desc limit :limit";

	/** What a row shows of its place in the list. */
	interface Row {

		UUID id();

		Instant createdAt();
	}

	private final @Nullable PageCursor cursor;
	private final int size;

	NewestFirst(@Nullable PageCursor cursor, int limit) {
		this.cursor = cursor;
		this.size = Math.clamp(limit, 1, 200);
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec query) {
		return query.param("at", cursor == null ? null : Timestamp.from(cursor.instant()))
			.param("id", cursor == null ? new UUID(0, 0) : cursor.id())
			.param("limit", size + 1);
	}

	<R extends Row, P> P page(List<R> rows, BiFunction<List<R>, @Nullable String, P> page) {
		if (rows.size() <= size) {
			return page.apply(rows, null);
		}
		R last = rows.get(size - 1);
		return page.apply(rows.subList(0, size), new PageCursor(last.createdAt(), last.id()).encode());
	}
}
