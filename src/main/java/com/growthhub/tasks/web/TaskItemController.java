package com.growthhub.tasks.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.Members;
import com.growthhub.platform.files.FileResponses;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.EnumKeys;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;
import com.growthhub.tasks.internal.Boards;
import com.growthhub.tasks.internal.TaskAccess;
import com.growthhub.tasks.internal.TaskAttachments;
import com.growthhub.tasks.internal.TaskChanges;
import com.growthhub.tasks.internal.TaskChecklists;
import com.growthhub.tasks.internal.TaskComments;
import com.growthhub.tasks.internal.TaskDraft;
import com.growthhub.tasks.internal.TaskItemView;
import com.growthhub.tasks.internal.TaskItems;
import com.growthhub.tasks.internal.TaskPriority;
import com.growthhub.tasks.internal.TaskRefusedException;
import com.growthhub.tasks.internal.TaskStatus;

/** An item's page: its fields, subitems, checklist, comments and attachments, each changed by a plain form. */
@Controller
class TaskItemController {

	private final TaskItems items;
	private final Boards boards;
	private final TaskComments comments;
	private final TaskChecklists checklists;
	private final TaskAttachments attachments;
	private final StoredFiles files;
	private final Members members;
	private final TaskAccess access;

	TaskItemController(TaskItems items, Boards boards, TaskComments comments, TaskChecklists checklists,
			TaskAttachments attachments, StoredFiles files, Members members, TaskAccess access) {
		this.access = access;
		this.items = items;
		this.boards = boards;
		this.comments = comments;
		this.checklists = checklists;
		this.attachments = attachments;
		this.files = files;
		this.members = members;
	}

	@GetMapping("/tasks/items/{id}")
	String item(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		TaskItemView item = items.get(organization, actor, id);
		model.addAttribute("item", item);
		model.addAttribute("board", boards.get(organization, actor, item.boardId()));
		model.addAttribute("parent", item.parentId() == null ? null : items.get(organization, actor, item.parentId()));
		model.addAttribute("subitems", item.parentId() == null ? items.subitems(organization, actor, id) : List.of());
		model.addAttribute("comments", comments.list(organization, actor, id));
		model.addAttribute("checklist", checklists.list(organization, actor, id));
		model.addAttribute("attachments", attachments.list(organization, actor, id));
		model.addAttribute("members", members.list(organization));
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("priorities", TaskPriority.values());
		model.addAttribute("canEdit", access.canEdit(organization, actor));
		return "tasks/item";
	}

	/** The details form and the table's inline edits: only the fields the form sends change. */
	@PostMapping("/tasks/items/{id}")
	String update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String name, @RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String dueDate, @RequestParam(required = false) @Nullable String priority,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable Boolean rush,
			@RequestParam(required = false) @Nullable List<UUID> assigneeIds,
			@RequestParam(defaultValue = "false") boolean assigneesSent, @RequestParam(required = false) @Nullable String back,
			RedirectAttributes redirect) {
		try {
			TaskChanges changes = new TaskChanges(name, description == null ? null : Optional.of(description),
					dueDate == null ? null : Optional.ofNullable(dueDate.isBlank() ? null : date(dueDate)),
					priority == null ? null : Optional.ofNullable(EnumKeys.find(TaskPriority.class, priority)),
					rush, assigneesSent ? (assigneeIds == null ? List.of() : assigneeIds) : null, null, null,
					status == null || status.isBlank() ? null : statusOf(status), null);
			items.update(organization, actor, id, changes);
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:" + (back != null && back.startsWith("/tasks/") ? back : "/tasks/items/" + id);
	}

	@PostMapping("/tasks/items/{id}/subitems")
	String addSubitem(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> items.createSubitem(organization, actor, id, TaskDraft.named(name)));
	}

	@PostMapping("/tasks/items/{id}/comments")
	String comment(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String body,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> comments.add(organization, actor, id, body, null));
	}

	@PostMapping("/tasks/items/{id}/checklist")
	String addEntry(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> checklists.add(organization, actor, id, text));
	}

	@PostMapping("/tasks/items/{id}/checklist/{entryId}")
	String mark(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID entryId,
			@RequestParam(defaultValue = "false") boolean done, RedirectAttributes redirect) {
		return act(id, redirect, () -> checklists.mark(organization, actor, id, entryId, done));
	}

	@PostMapping("/tasks/items/{id}/attachments")
	String attach(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try (InputStream content = file.getInputStream()) {
			return act(id, redirect, () -> attachments.attach(organization, actor, id, content, file.getOriginalFilename()));
		}
	}

	@GetMapping("/tasks/items/{id}/attachments/{attachmentId}")
	ResponseEntity<?> download(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID attachmentId,
			@RequestHeader HttpHeaders headers) {
		return FileResponses.serve(files, organization, attachments.file(organization, actor, id, attachmentId), headers, false);
	}

	private static String act(UUID id, RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/tasks/items/" + id;
	}

	private static TaskStatus statusOf(String key) {
		TaskStatus status = EnumKeys.find(TaskStatus.class, key);
		if (status == null) {
			throw TaskRefusedException.invalid("status", EnumKeys.mustBeOneOf(TaskStatus.class));
		}
		return status;
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (RuntimeException ex) {
			throw TaskRefusedException.invalid("dueDate", "is not a date");
		}
	}
}
