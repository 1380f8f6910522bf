package com.growthhub.tasks.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFile;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** Files on an item, kept in the platform's file store; the item decides who may read them. */
@Service
public class TaskAttachments {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final TaskItems items;
	private final StoredFiles files;
	private final TaskSettings settings;
	private final TaskNotices notices;

	TaskAttachments(JdbcClient jdbc, TenantTransactions transactions, TaskItems items, StoredFiles files,
			TaskSettings settings, TaskNotices notices) {
		this.notices = notices;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.items = items;
		this.files = files;
		this.settings = settings;
	}

	public record Attachment(UUID id, UUID itemId, UUID fileId, String name, String contentType, long sizeBytes,
			Instant createdAt) {
	}

	/** Streams the upload into the store before the row is written, so no connection waits on a slow client. */
	public Attachment attach(OrganizationId organization, Actor actor, UUID itemId, InputStream content,
			@Nullable String name) {
		TaskItemView item = items.editable(organization, actor, itemId);
		StoredFile stored = files.store(organization, content, name, settings.attachmentPolicy());
		UUID id = UUID.randomUUID();
		try {
			return transactions.call(organization, actor, () -> {
				Attachment attached = jdbc.sql("""
						insert into task_attachments (id, organization_id, item_id, file_id, name, content_type, size_bytes, created_by)
						values (?, ?, ?, ?, ?, ?, ?, ?)
						returning id, item_id, file_id, name, content_type, size_bytes, created_at
						""").params(id, organization.value(), itemId, stored.id().value(), stored.originalName(),
						stored.contentType(), stored.sizeBytes(), actor.userId()).query(Attachment.class).single();
				if (sharedBoard(organization, item.boardId())) {
					notices.documentForReview(organization, actor, item, attached.name());
				}
				return attached;
			});
		}
		catch (RuntimeException ex) {
			files.delete(organization, stored.id());
			throw ex;
		}
	}

	private boolean sharedBoard(OrganizationId organization, UUID boardId) {
		return jdbc.sql("select shared_with_client from task_boards where organization_id = ? and id = ?")
			.params(organization.value(), boardId).query(Boolean.class).optional().orElse(false);
	}

	public List<Attachment> list(OrganizationId organization, Actor actor, UUID itemId) {
		items.get(organization, actor, itemId);
		return transactions.call(organization, actor, () -> jdbc.sql("""
				select id, item_id, file_id, name, content_type, size_bytes, created_at from task_attachments
				where organization_id = ? and item_id = ? order by created_at, id
				""").params(organization.value(), itemId).query(Attachment.class).list());
	}

	/** The stored file of one attachment of the item; another item's or organization's is not found. */
	public FileId file(OrganizationId organization, Actor actor, UUID itemId, UUID attachmentId) {
		items.get(organization, actor, itemId);
		return transactions.call(organization, actor, () -> jdbc.sql(
				"select file_id from task_attachments where organization_id = ? and item_id = ? and id = ?")
			.params(organization.value(), itemId, attachmentId).query(UUID.class).optional().map(FileId::of)
			.orElseThrow(() -> NotFoundException.of("Attachment")));
	}
}
