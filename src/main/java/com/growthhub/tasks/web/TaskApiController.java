package com.growthhub.tasks.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;
import com.growthhub.tasks.internal.Boards;
import com.growthhub.tasks.internal.TaskDraft;
import com.growthhub.tasks.internal.TaskItemView;
import com.growthhub.tasks.internal.TaskItems;
import com.growthhub.tasks.internal.TaskPriority;
import com.growthhub.tasks.internal.TaskStatus;
import com.growthhub.tasks.internal.Workspaces;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Workspaces, boards, their groups and items. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tasks", description = "Task boards: workspaces → boards → groups → items → subitems")
class TaskApiController {

	private final Workspaces workspaces;
	private final Boards boards;
	private final TaskItems items;

	TaskApiController(Workspaces workspaces, Boards boards, TaskItems items) {
		this.workspaces = workspaces;
		this.boards = boards;
		this.items = items;
	}

	record NameRequest(@NotBlank @Size(max = 80) String name) {
	}

	record BoardRequest(@NotNull UUID workspaceId, @NotBlank @Size(max = 80) String name) {
	}

	record BoardSharing(@NotNull Boolean sharedWithClient) {
	}

	record ItemRequest(@NotBlank @Size(max = 200) String name, @Nullable UUID groupId, @Nullable List<UUID> assigneeIds,
			@Nullable LocalDate dueDate, @Nullable TaskPriority priority, @Nullable Boolean rush,
			@Nullable UUID clientAccountId, @Nullable @Size(max = 10_000) String description) {

		TaskDraft toDraft() {
			return new TaskDraft(name, groupId, assigneeIds, dueDate, priority, Boolean.TRUE.equals(rush), clientAccountId,
					description);
		}
	}

	@GetMapping("/workspaces")
	@Operation(summary = "List workspaces, newest first", description = "Keyset paging with cursor/nextCursor; limit up to 200.")
	Workspaces.Page workspaces(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit) {
		return workspaces.list(organization, actor, cursor, limit);
	}

	@PostMapping("/workspaces")
	@Operation(summary = "Create a workspace")
	ResponseEntity<Workspaces.WorkspaceView> createWorkspace(OrganizationId organization, Actor actor,
			@Valid @RequestBody NameRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(workspaces.create(organization, actor, body.name()));
	}

	@GetMapping("/workspaces/{id}")
	@Operation(summary = "One workspace")
	Workspaces.WorkspaceView workspace(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return workspaces.get(organization, actor, id);
	}

	@GetMapping("/boards")
	@Operation(summary = "List boards, newest first", description = "Filter workspaceId; keyset paging with cursor/nextCursor.")
	Boards.Page boards(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID workspaceId,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		return boards.list(organization, actor, workspaceId, cursor, limit);
	}

	@PostMapping("/boards")
	@Operation(summary = "Create a board in a workspace", description = "It starts with one group. Another organization's workspace 404.")
	ResponseEntity<Boards.BoardView> createBoard(OrganizationId organization, Actor actor, @Valid @RequestBody BoardRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(boards.create(organization, actor, body.workspaceId(), body.name()));
	}

	@GetMapping("/boards/{id}")
	@Operation(summary = "One board")
	Boards.BoardView board(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return boards.get(organization, actor, id);
	}

	@PatchMapping("/boards/{id}")
	@Operation(summary = "Share a board with the organization's client users, or stop sharing it",
			description = "Members and up. Client users (role client) see only shared boards: they read their items, "
					+ "subitems, checklists and attachments and comment on the items; every other change answers 403.")
	Boards.BoardView share(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody BoardSharing body) {
		return boards.share(organization, actor, id, body.sharedWithClient());
	}

	record Groups(List<Boards.GroupView> items) {
	}

	@GetMapping("/boards/{id}/groups")
	@Operation(summary = "The board's groups in order")
	Groups groups(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return new Groups(boards.groups(organization, actor, id));
	}

	@PostMapping("/boards/{id}/groups")
	@Operation(summary = "Add a group at the end of the board")
	ResponseEntity<Boards.GroupView> addGroup(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody NameRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(boards.addGroup(organization, actor, id, body.name()));
	}

	@GetMapping("/boards/{id}/items")
	@Operation(summary = "The board's items (not subitems), newest first",
			description = "Filters status (backlog|in_progress|review|done), assigneeId, q (in the name), archived "
					+ "(true lists archived items); keyset paging with cursor/nextCursor; limit up to 500.")
	TaskItems.Page items(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable TaskStatus status, @RequestParam(required = false) @Nullable UUID assigneeId,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "false") boolean archived,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		return items.list(organization, actor, id, new TaskItems.Filter(status, assigneeId, q, archived), cursor, limit);
	}

	@PostMapping("/boards/{id}/items")
	@Operation(summary = "Create an item in the backlog", description = "In the board's first group unless groupId names "
			+ "another; assignees must be members (422). A rush item emails its assignees the rush-job email.")
	ResponseEntity<TaskItemView> createItem(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody ItemRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(items.create(organization, actor, id, body.toDraft()));
	}
}
