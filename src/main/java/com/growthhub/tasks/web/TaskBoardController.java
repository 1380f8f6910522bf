package com.growthhub.tasks.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.Members;
import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.EnumKeys;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;
import com.growthhub.tasks.internal.Boards;
import com.growthhub.tasks.internal.TaskAccess;
import com.growthhub.tasks.internal.TaskBoard;
import com.growthhub.tasks.internal.TaskDraft;
import com.growthhub.tasks.internal.TaskItemView;
import com.growthhub.tasks.internal.TaskItems;
import com.growthhub.tasks.internal.TaskLive;
import com.growthhub.tasks.internal.TaskMoves;
import com.growthhub.tasks.internal.TaskStatus;
import com.growthhub.tasks.internal.TaskTable;
import com.growthhub.tasks.internal.Workspaces;

/** Workspaces and boards, a board's live Kanban view (columns by status) and its table view. */
@Controller
class TaskBoardController {

	private final Workspaces workspaces;
	private final Boards boards;
	private final TaskBoard board;
	private final TaskTable table;
	private final TaskItems items;
	private final TaskMoves moves;
	private final Members members;
	private final LiveUpdates live;
	private final TaskAccess access;

	TaskBoardController(Workspaces workspaces, Boards boards, TaskBoard board, TaskTable table, TaskItems items,
			TaskMoves moves, Members members, LiveUpdates live, TaskAccess access) {
		this.access = access;
		this.workspaces = workspaces;
		this.boards = boards;
		this.board = board;
		this.table = table;
		this.items = items;
		this.moves = moves;
		this.members = members;
		this.live = live;
	}

	@GetMapping("/tasks")
	String home(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("workspaces", workspaces.list(organization, actor, null, 200).items());
		model.addAttribute("boards", boards.list(organization, actor, null, null, 200).items());
		model.addAttribute("canEdit", access.canEdit(organization, actor));
		return "tasks/home";
	}

	@PostMapping("/tasks/workspaces")
	String createWorkspace(OrganizationId organization, Actor actor, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		try {
			workspaces.create(organization, actor, name);
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/tasks";
	}

	@PostMapping("/tasks/boards")
	String createBoard(OrganizationId organization, Actor actor, @RequestParam UUID workspaceId,
			@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		try {
			return "redirect:/tasks/boards/" + boards.create(organization, actor, workspaceId, name).id();
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/tasks";
		}
	}

	@GetMapping("/tasks/boards/{id}")
	String board(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "board") String view, @RequestParam(defaultValue = "position") String sort,
			@RequestParam(required = false) @Nullable TaskStatus status,
			@RequestParam(required = false) @Nullable UUID assignee, @RequestParam(required = false) @Nullable String q,
			Model model) {
		boolean canEdit = access.canEdit(organization, actor);
		// The table view is for editing in place; a client user reading a shared board gets the board view.
		boolean tableView = "table".equals(view) && canEdit;
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("tableView", tableView);
		model.addAttribute("members", members.list(organization));
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("priorities", com.growthhub.tasks.internal.TaskPriority.values());
		model.addAttribute("groups", boards.groups(organization, actor, id));
		if (tableView) {
			TaskTable.Sort order = EnumKeys.find(TaskTable.Sort.class, sort);
			TaskItems.Filter filter = new TaskItems.Filter(status, assignee, q, false);
			model.addAttribute("board", boards.get(organization, actor, id));
			model.addAttribute("rows", table.rows(organization, actor, id, filter,
					order == null ? TaskTable.Sort.POSITION : order));
			model.addAttribute("sort", order == null ? "position" : order.key());
			model.addAttribute("filter", filter);
			model.addAttribute("memberNames", names(organization));
		}
		else {
			TaskBoard.View loaded = board.load(organization, actor, id);
			model.addAttribute("board", loaded.board());
			model.addAttribute("columns", loaded.columns());
		}
		return "tasks/board";
	}

	@PostMapping("/tasks/boards/{id}/sharing")
	String share(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam boolean shared,
			RedirectAttributes redirect) {
		try {
			boards.share(organization, actor, id, shared);
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/tasks/boards/" + id;
	}

	@GetMapping("/tasks/boards/{id}/columns/{status}")
	String column(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable TaskStatus status,
			@RequestParam(defaultValue = "0") int offset, Model model) {
		model.addAttribute("board", boards.get(organization, actor, id));
		model.addAttribute("column", board.column(organization, actor, id, status, offset));
		return offset > 0 ? "tasks/board :: more" : "tasks/board :: column";
	}

	@GetMapping(path = "/tasks/boards/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		boards.get(organization, actor, id);
		return live.subscribe(TaskLive.topic(id));
	}

	@PostMapping("/tasks/boards/{id}/items")
	String addItem(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "board") String view, RedirectAttributes redirect) {
		try {
			items.create(organization, actor, id, TaskDraft.named(name));
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/tasks/boards/" + id + ("table".equals(view) ? "?view=table" : "");
	}

	/** The board's drag and drop: JSON in the answer, a problem with the item's real status when refused. */
	@PostMapping("/tasks/items/{id}/move")
	@ResponseBody
	ResponseEntity<Object> move(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam TaskStatus status,
			@RequestParam(required = false) @Nullable Integer position, @RequestParam(required = false) @Nullable Long version) {
		try {
			TaskItemView item = moves.move(organization, actor, id, status, position, version);
			return ResponseEntity.ok(Map.of("id", item.id(), "status", item.status().key(), "version", item.version()));
		}
		catch (ErrorResponseException ex) {
			return ResponseEntity.status(ex.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ex.getBody());
		}
	}

	private Map<UUID, String> names(OrganizationId organization) {
		Map<UUID, String> names = new java.util.HashMap<>();
		members.list(organization).forEach(member -> names.put(member.userId(), member.name()));
		return names;
	}
}
