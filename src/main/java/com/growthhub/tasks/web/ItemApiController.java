package com.growthhub.tasks.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.growthhub.platform.files.FileResponses;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;
import com.growthhub.tasks.internal.TaskAttachments;
import com.growthhub.tasks.internal.TaskChecklists;
import com.growthhub.tasks.internal.TaskComments;
import com.growthhub.tasks.internal.TaskItemView;
import com.growthhub.tasks.internal.TaskItems;
import com.growthhub.tasks.internal.TaskMoves;
import com.growthhub.tasks.internal.TaskStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One item: its fields, subitems, moves, comments, checklist and attachments. */
@RestController
@RequestMapping("/api/v1/items/{id}")
@Tag(name = "Tasks")
class ItemApiController {

	private final TaskItems items;
	private final TaskMoves moves;
	private final TaskComments comments;
	private final TaskChecklists checklists;
	private final TaskAttachments attachments;
	private final StoredFiles files;

	ItemApiController(TaskItems items, TaskMoves moves, TaskComments comments, TaskChecklists checklists,
			TaskAttachments attachments, StoredFiles files) {
		this.items = items;
		this.moves = moves;
		this.comments = comments;
		this.checklists = checklists;
		this.attachments = attachments;
		this.files = files;
	}

	record MoveRequest(@NotNull TaskStatus status, @Nullable @Min(0) Integer position, @Nullable Long version) {
	}

	record CommentRequest(@NotBlank @Size(max = 5000) String body, @Nullable List<UUID> mentionedUserIds) {
	}

	record ChecklistRequest(@NotBlank @Size(max = 300) String text) {
	}

	record ChecklistMark(@NotNull Boolean done) {
	}

	record Listed<T>(List<T> items) {
	}

	@GetMapping
	@Operation(summary = "One item or subitem")
	TaskItemView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return items.get(organization, actor, id);
	}

	@PatchMapping
	@Operation(summary = "Change some fields", description = "Absent fields stay; null clears description, dueDate, "
			+ "priority and clientAccountId. A status follows the move rules (409). A stale version answers 409.")
	TaskItemView update(OrganizationId organization, Actor actor, @PathVariable UUID id, @Valid @RequestBody TaskItemPatch body) {
		return items.update(organization, actor, id, body.toChanges());
	}

	@DeleteMapping
	@Operation(summary = "Delete an item with its subitems, comments, checklist and attachments")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		items.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/move")
	@Operation(summary = "Move to a status and a place in its column", description = "backlog → in_progress → review → "
			+ "done, and review → in_progress; other changes of status answer 409 with the item's status and the allowed "
			+ "ones. position counts from 0 in the target column (without the item); absent puts it last.")
	TaskItemView move(OrganizationId organization, Actor actor, @PathVariable UUID id, @Valid @RequestBody MoveRequest body) {
		return moves.move(organization, actor, id, body.status(), body.position(), body.version());
	}

	@GetMapping("/subitems")
	@Operation(summary = "The item's subitems in order")
	Listed<TaskItemView> subitems(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return new Listed<>(items.subitems(organization, actor, id));
	}

	@PostMapping("/subitems")
	@Operation(summary = "Add a subitem", description = "Subitems have no subitems of their own (422).")
	ResponseEntity<TaskItemView> addSubitem(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody TaskApiController.ItemRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(items.createSubitem(organization, actor, id, body.toDraft()));
	}

	@GetMapping("/comments")
	@Operation(summary = "The item's comments, oldest first")
	Listed<TaskComments.CommentView> comments(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return new Listed<>(comments.list(organization, actor, id));
	}

	@PostMapping("/comments")
	@Operation(summary = "Comment", description = "@name in the body mentions a member (the part of their email before "
			+ "the @, their first name or whole name without spaces); mentionedUserIds names more. Each is notified.")
	ResponseEntity<TaskComments.CommentView> comment(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody CommentRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(comments.add(organization, actor, id, body.body(), body.mentionedUserIds()));
	}

	@GetMapping("/checklist")
	@Operation(summary = "The item's checklist")
	Listed<TaskChecklists.Entry> checklist(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return new Listed<>(checklists.list(organization, actor, id));
	}

	@PostMapping("/checklist")
	@Operation(summary = "Add a checklist entry")
	ResponseEntity<TaskChecklists.Entry> addEntry(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody ChecklistRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(checklists.add(organization, actor, id, body.text()));
	}

	@PatchMapping("/checklist/{entryId}")
	@Operation(summary = "Tick or untick a checklist entry")
	TaskChecklists.Entry mark(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID entryId,
			@Valid @RequestBody ChecklistMark body) {
		return checklists.mark(organization, actor, id, entryId, body.done());
	}

	@GetMapping("/attachments")
	@Operation(summary = "The item's attachments")
	Listed<TaskAttachments.Attachment> attachments(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return new Listed<>(attachments.list(organization, actor, id));
	}

	@PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file", description = "Documents, images, spreadsheets, archives; the type is decided "
			+ "from the bytes (415 otherwise), 413 over the size limit or the storage quota.")
	ResponseEntity<TaskAttachments.Attachment> attach(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream content = file.getInputStream()) {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(attachments.attach(organization, actor, id, content, file.getOriginalFilename()));
		}
	}

	@GetMapping("/attachments/{attachmentId}")
	@Operation(summary = "Download an attachment")
	ResponseEntity<?> download(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@PathVariable UUID attachmentId, @RequestHeader HttpHeaders headers) {
		return FileResponses.serve(files, organization, attachments.file(organization, actor, id, attachmentId), headers, false);
	}
}
