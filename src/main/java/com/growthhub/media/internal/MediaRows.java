package com.growthhub.media.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;

/** Reads {@code media_items} rows; {@link #COLUMNS} is the select list the mapper expects. */
final class MediaRows {

	static final String COLUMNS = """
			m.id, m.owner_id, m.name, m.media_type, m.content_type, m.size_bytes, m.status, m.failure_reason, m.width,
			m.height, m.duration_ms, m.access_level, m.tags, m.original_file_id, m.web_file_id, m.thumb_file_id,
			m.created_at, m.updated_at""";

	static final RowMapper<MediaItem> MAPPER = (rs, n) -> new MediaItem(rs.getObject("id", UUID.class),
			rs.getObject("owner_id", UUID.class), rs.getString("name"), MediaType.valueOf(rs.getString("media_type")),
			rs.getString("content_type"), rs.getLong("size_bytes"), MediaStatus.valueOf(rs.getString("status")),
			rs.getString("failure_reason"), rs.getObject("width", Integer.class), rs.getObject("height", Integer.class),
			rs.getObject("duration_ms", Long.class), AccessLevel.valueOf(rs.getString("access_level")),
			strings(rs, "tags"), rs.getObject("original_file_id", UUID.class), rs.getObject("web_file_id", UUID.class),
			rs.getObject("thumb_file_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
			rs.getTimestamp("updated_at").toInstant());

	private MediaRows() {
	}

	static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
	}
}
