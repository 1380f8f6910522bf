package com.growthhub.pipeline.web;

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

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.identity.Members;
import com.growthhub.pipeline.internal.Board;
import com.growthhub.pipeline.internal.DealFilter;
import com.growthhub.pipeline.internal.DealMoves;
import com.growthhub.pipeline.internal.DealView;
import com.growthhub.pipeline.internal.Deals;
import com.growthhub.pipeline.internal.PipelineView;
import com.growthhub.pipeline.internal.Pipelines;
import com.growthhub.pipeline.internal.ServiceCatalog;
import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** The Kanban board (and its list alternative): columns load their first cards, more on scroll, live moves. */
@Controller
class BoardController {

	private final Pipelines pipelines;
	private final Board board;
	private final Deals deals;
	private final DealMoves moves;
	private final Members members;
	private final ServiceCatalog services;
	/** Deals per page of the list view; "More" pages on with the cursor. */
	static final int LIST_PAGE = 200;

	private final LiveUpdates live;
	private final ContactDirectory contacts;

	BoardController(Pipelines pipelines, Board board, Deals deals, DealMoves moves, Members members,
			ServiceCatalog services, LiveUpdates live, ContactDirectory contacts) {
		this.contacts = contacts;
		this.pipelines = pipelines;
		this.board = board;
		this.deals = deals;
		this.moves = moves;
		this.members = members;
		this.services = services;
		this.live = live;
	}

	@GetMapping("/deals")
	String board(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID pipeline,
			@RequestParam(required = false) @Nullable UUID owner, @RequestParam(required = false) @Nullable UUID service,
			@RequestParam(required = false) @Nullable UUID tag, @RequestParam(required = false) @Nullable UUID campaign,
			@RequestParam(defaultValue = "board") String view, @RequestParam(required = false) @Nullable String cursor,
			Model model) {
		var all = pipelines.list(organization, actor);
		PipelineView current = all.stream().filter(p -> p.id().equals(pipeline)).findFirst().orElse(all.getFirst());
		Board.Filters filters = new Board.Filters(owner, service, tag, campaign);
		model.addAttribute("pipelines", all);
		model.addAttribute("pipeline", current);
		model.addAttribute("filters", filters);
		model.addAttribute("members", members.list(organization));
		model.addAttribute("services", services.list(organization, actor));
		model.addAttribute("tags", contacts.tags(organization));
		model.addAttribute("campaignChoices", deals.campaignChoices(organization, actor));
		model.addAttribute("listView", "list".equals(view));
		if ("list".equals(view)) {
			model.addAttribute("page", deals.list(organization, actor,
					new DealFilter(current.id(), null, owner, null, null, service, tag, campaign, cursor, LIST_PAGE)));
			model.addAttribute("stages", current.stages());
		}
		else {
			model.addAttribute("board", board.load(organization, actor, current.id(), filters));
		}
		return "pipeline/board";
	}

	@GetMapping("/deals/board/{pipelineId}/columns/{stageId}")
	String column(OrganizationId organization, Actor actor, @PathVariable UUID pipelineId, @PathVariable UUID stageId,
			@RequestParam(required = false) @Nullable UUID owner, @RequestParam(required = false) @Nullable UUID service,
			@RequestParam(required = false) @Nullable UUID tag, @RequestParam(required = false) @Nullable UUID campaign,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		Board.Filters filters = new Board.Filters(owner, service, tag, campaign);
		model.addAttribute("pipeline", pipelines.get(organization, actor, pipelineId));
		model.addAttribute("filters", filters);
		if (cursor != null) {
			model.addAttribute("column", board.more(organization, actor, pipelineId, stageId, filters, cursor));
			return "pipeline/board :: more";
		}
		model.addAttribute("column", board.column(organization, actor, pipelineId, stageId, filters));
		return "pipeline/board :: column";
	}

	/** The pipeline's total and weighted forecast above the board, reloaded after a move changed them. */
	@GetMapping("/deals/board/{pipelineId}/summary")
	String summary(OrganizationId organization, Actor actor, @PathVariable UUID pipelineId,
			@RequestParam(required = false) @Nullable UUID owner, @RequestParam(required = false) @Nullable UUID service,
			@RequestParam(required = false) @Nullable UUID tag, @RequestParam(required = false) @Nullable UUID campaign,
			Model model) {
		Board.Filters filters = new Board.Filters(owner, service, tag, campaign);
		Board.View summary = board.summary(organization, actor, pipelineId, filters);
		model.addAttribute("pipeline", summary.pipeline());
		model.addAttribute("filters", filters);
		model.addAttribute("board", summary);
		return "pipeline/board :: summary";
	}

	@GetMapping(path = "/deals/board/{pipelineId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(OrganizationId organization, Actor actor, @PathVariable UUID pipelineId) {
		pipelines.get(organization, actor, pipelineId);
		return live.subscribe(Board.liveTopic(pipelineId));
	}

	/** The board's drag and drop: JSON in the answer, a problem with the deal's real stage on a conflict. */
	@PostMapping("/deals/{id}/move")
	@ResponseBody
	ResponseEntity<Object> move(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam UUID stageId,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String lostReason) {
		try {
			DealView deal = moves.move(organization, actor, id, stageId, lostReason, version);
			return ResponseEntity.ok(Map.of("id", deal.id(), "stageId", deal.stageId(), "version", deal.version()));
		}
		catch (ErrorResponseException ex) {
			return ResponseEntity.status(ex.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ex.getBody());
		}
	}
}
