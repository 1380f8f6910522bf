package com.growthhub.pipeline.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.pipeline.internal.Board;
import com.growthhub.pipeline.internal.PipelineTemplate;
import com.growthhub.pipeline.internal.PipelineView;
import com.growthhub.pipeline.internal.Pipelines;
import com.growthhub.pipeline.internal.StageKind;
import com.growthhub.pipeline.internal.StageView;
import com.growthhub.pipeline.internal.Stages;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/pipelines")
@Tag(name = "Pipelines", description = "Pipelines, their ordered stages and the board")
class PipelineApiController {

	private final Pipelines pipelines;
	private final Stages stages;
	private final Board board;

	PipelineApiController(Pipelines pipelines, Stages stages, Board board) {
		this.pipelines = pipelines;
		this.stages = stages;
		this.board = board;
	}

	record PipelineRequest(@NotBlank @Size(max = 80) String name, @Nullable PipelineTemplate template,
			@Nullable Boolean allowMultipleOpenDeals) {
	}

	record PipelineChange(
			@Nullable @Pattern(regexp = DealApiController.NOT_BLANK, message = "must not be blank") @Size(max = 80) String name,
			@Nullable Boolean allowMultipleOpenDeals) {
	}

	record StageRequest(@NotBlank @Size(max = 60) String name, @Nullable @Pattern(regexp = "#[0-9a-fA-F]{6}") String color,
			@Nullable StageKind kind, @Nullable @Min(0) @Max(100) Integer probability) {
	}

	record StageChange(
			@Nullable @Pattern(regexp = DealApiController.NOT_BLANK, message = "must not be blank") @Size(max = 60) String name,
			@Nullable @Pattern(regexp = "#[0-9a-fA-F]{6}") String color, @Nullable StageKind kind,
			@Nullable @Min(0) @Max(100) Integer probability) {
	}

	record StageOrder(@NotEmpty List<UUID> stageIds) {
	}

	@GetMapping
	@Operation(summary = "The organization's pipelines with their stages, the default first")
	Map<String, List<PipelineView>> list(OrganizationId organization, Actor actor) {
		return Map.of("items", pipelines.list(organization, actor));
	}

	@PostMapping
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Create a pipeline", description = "template: blank (no stages), default (New … Lost) or "
			+ "masterclass (Registered → Invoiced → Paid → Attended → Scheduled → Won / Lost). A taken name answers 409.")
	ResponseEntity<PipelineView> create(OrganizationId organization, Actor actor, @Valid @RequestBody PipelineRequest body) {
		PipelineTemplate template = body.template() == null ? PipelineTemplate.BLANK : body.template();
		return ResponseEntity.status(HttpStatus.CREATED).body(pipelines.create(organization, actor, body.name(), template,
				Boolean.TRUE.equals(body.allowMultipleOpenDeals())));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One pipeline with its stages")
	PipelineView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return pipelines.get(organization, actor, id);
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Rename a pipeline or change whether a contact may have several open deals in it")
	PipelineView update(OrganizationId organization, Actor actor, @PathVariable UUID id, @Valid @RequestBody PipelineChange body) {
		return pipelines.update(organization, actor, id, body.name(), body.allowMultipleOpenDeals());
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Remove a pipeline without deals; the default pipeline and one with deals answer 409")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		pipelines.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/stages")
	@Operation(summary = "The pipeline's stages in order")
	Map<String, List<StageView>> stages(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return Map.of("items", pipelines.get(organization, actor, id).stages());
	}

	@GetMapping("/{id}/stages/{stageId}")
	@Operation(summary = "One stage of the pipeline")
	StageView stage(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID stageId) {
		return pipelines.get(organization, actor, id).stages().stream().filter(stage -> stage.id().equals(stageId))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("Stage"));
	}

	@PostMapping("/{id}/stages")
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Add a stage at the end; kind open|won|lost, probability 0–100; a taken name answers 409")
	ResponseEntity<StageView> addStage(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody StageRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(stages.add(organization, actor, id, body.name(), body.color(), body.kind(), body.probability()));
	}

	@PatchMapping("/{id}/stages/{stageId}")
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Rename, recolor or change a stage's kind or win probability")
	StageView updateStage(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID stageId,
			@Valid @RequestBody StageChange body) {
		return stages.update(organization, actor, id, stageId, body.name(), body.color(), body.kind(), body.probability());
	}

	@DeleteMapping("/{id}/stages/{stageId}")
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Remove a stage; 409 while it holds deals (move them first)")
	ResponseEntity<Void> removeStage(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@PathVariable UUID stageId) {
		stages.remove(organization, actor, id, stageId);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{id}/stages/order")
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Reorder the stages: the full list of the pipeline's stage ids in the new order (else 422)")
	PipelineView reorder(OrganizationId organization, Actor actor, @PathVariable UUID id, @Valid @RequestBody StageOrder body) {
		return stages.reorder(organization, actor, id, body.stageIds());
	}

	@GetMapping("/{id}/board")
	@Operation(summary = "The board: per stage the deal count, value per currency and the first 25 cards",
			description = "Filters ownerId, serviceId, tagId (the contact's tag), campaignId (another organization's "
					+ "campaign finds no deals). Each column's totals hold, per currency "
					+ "(largest first), valueCents and weightedValueCents (value times the stage's win probability); the "
					+ "board's totals add up every column, so their weightedValueCents is the pipeline's forecast. A "
					+ "column's valueCents adds all currencies together and is only meaningful with one currency. Each "
					+ "card is the deal with ownerName (absent without an owner), ageDays (whole days since it was "
					+ "created) and overdue (open past its expectedCloseDate). Each column's nextCursor pages on with "
					+ "/board/stages/{stageId}?cursor=…")
	Board.View board(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable UUID ownerId, @RequestParam(required = false) @Nullable UUID serviceId,
			@RequestParam(required = false) @Nullable UUID tagId,
			@RequestParam(required = false) @Nullable UUID campaignId) {
		return board.load(organization, actor, id, new Board.Filters(ownerId, serviceId, tagId, campaignId));
	}

	@GetMapping("/{id}/board/stages/{stageId}")
	@Operation(summary = "More cards of one board column, after the column's nextCursor",
			description = "Cards as on the board; a later page carries no figures (count and valueCents -1, no totals).")
	Board.Column column(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID stageId,
			@RequestParam String cursor, @RequestParam(required = false) @Nullable UUID ownerId,
			@RequestParam(required = false) @Nullable UUID serviceId, @RequestParam(required = false) @Nullable UUID tagId,
			@RequestParam(required = false) @Nullable UUID campaignId) {
		return board.more(organization, actor, id, stageId, new Board.Filters(ownerId, serviceId, tagId, campaignId), cursor);
	}
}
