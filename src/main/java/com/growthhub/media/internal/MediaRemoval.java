package com.growthhub.media.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.shared.OrganizationId;

/**
 * Deletes an item with its files: the row (its links and collection places go with it), and the original, web version
 * and thumbnail from the file store once the transaction commits. Call inside the organization's transaction.
 */
@Component
class MediaRemoval {

	private final JdbcClient jdbc;
	private final StoredFiles files;

	MediaRemoval(JdbcClient jdbc, StoredFiles files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	private record Files(UUID original, UUID web, UUID thumb) {
	}

	/** Answers whether there was such an item. */
	boolean delete(OrganizationId organization, UUID mediaId) {
		return jdbc.sql("""
				delete from media_items where organization_id = ? and id = ?
				returning original_file_id, web_file_id, thumb_file_id
				""").params(organization.value(), mediaId)
			.query((rs, n) -> new Files(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
			.optional()
			.map(deleted -> {
				for (UUID file : new UUID[] { deleted.original(), deleted.web(), deleted.thumb() }) {
					if (file != null) {
						files.delete(organization, FileId.of(file));
					}
				}
				return true;
			})
			.orElse(false);
	}
}
