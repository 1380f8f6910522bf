package com.growthhub.pipeline.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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

import com.growthhub.pipeline.internal.DealChanges;
import com.growthhub.pipeline.internal.DealDraft;
import com.growthhub.pipeline.internal.DealFilter;
import com.growthhub.pipeline.internal.DealMoves;
import com.growthhub.pipeline.internal.DealView;
import com.growthhub.pipeline.internal.Deals;
import com.growthhub.pipeline.internal.InvalidDealException;
import com.growthhub.pipeline.internal.StageKind;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.CurrencyCode;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/deals")
@Tag(name = "Deals", description = "Deals (opportunities) of contacts, moved through pipeline stages")
class DealApiController {

	/** Absent is fine; given, a text must have a character that is not a space. */
	static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

	private final Deals deals;
	private final DealMoves moves;

	DealApiController(Deals deals, DealMoves moves) {
		this.deals = deals;
		this.moves = moves;
	}

	record DealRequest(@NotNull UUID contactId, @Nullable UUID pipelineId, @Nullable UUID stageId,
			@NotBlank @Size(max = 200) String title, @Nullable @Min(0) Long valueCents, @Nullable @CurrencyCode String currency,
			@Nullable UUID serviceId, @Nullable LocalDate expectedCloseDate, @Nullable UUID ownerId,
			@Nullable @Size(max = 200) String campaign, @Nullable UUID campaignId) {

		DealDraft toDraft() {
			return new DealDraft(contactId, pipelineId, stageId, title, valueCents, currency, serviceId, expectedCloseDate,
					ownerId, campaign, campaignId);
		}
	}

	/**
	 * Absent fields stay. Service, expected close date, owner and campaign id arrive as JSON nodes so that an explicit
	 * {@code null} (a null node) clears them while an absent one (no node) keeps them; a null campaign id clears the
	 * campaign's name with it, unless a name is sent along.
	 */
	record DealPatch(@Nullable @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 200) String title,
			@Nullable @Min(0) Long valueCents, @Nullable @CurrencyCode String currency,
			@Schema(type = "string", format = "uuid", nullable = true) @Nullable JsonNode serviceId,
			@Schema(type = "string", format = "date", nullable = true) @Nullable JsonNode expectedCloseDate,
			@Schema(type = "string", format = "uuid", nullable = true) @Nullable JsonNode ownerId,
			@Nullable @Size(max = 200) String campaign,
			@Schema(type = "string", format = "uuid", nullable = true) @Nullable JsonNode campaignId,
			@Nullable Long version) {

		DealChanges toChanges() {
			Set<DealChanges.Clearable> cleared = EnumSet.noneOf(DealChanges.Clearable.class);
			return new DealChanges(title, valueCents, currency,
					value(serviceId, "serviceId", UUID::fromString, DealChanges.Clearable.SERVICE, cleared),
					value(expectedCloseDate, "expectedCloseDate", LocalDate::parse, DealChanges.Clearable.EXPECTED_CLOSE_DATE,
							cleared),
					value(ownerId, "ownerId", UUID::fromString, DealChanges.Clearable.OWNER, cleared), campaign,
					value(campaignId, "campaignId", UUID::fromString, DealChanges.Clearable.CAMPAIGN, cleared), version, cleared);
		}

		private static <T> @Nullable T value(@Nullable JsonNode field, String name, Function<String, T> parse,
				DealChanges.Clearable clearable, Set<DealChanges.Clearable> cleared) {
			if (field == null) {
				return null;
			}
			if (field.isNull()) {
				cleared.add(clearable);
				return null;
			}
			try {
				if (field.isString()) {
					return parse.apply(field.asString());
				}
			}
			catch (RuntimeException ex) {
				// answered below
			}
			throw InvalidDealException.of(name, "is not valid");
		}
	}

	record MoveRequest(@NotNull UUID stageId, @Nullable @Size(max = 500) String lostReason, @Nullable Long version) {
	}

	@GetMapping
	@Operation(summary = "List deals, most recently changed first",
			description = "Filters pipelineId, stageId, ownerId, contactId, status (open|won|lost), serviceId, tagId (of the "
					+ "contact), campaignId (a campaign of the organization; another organization's finds nothing); keyset "
					+ "paging with "
					+ "cursor/nextCursor; limit up to 200.")
	Deals.Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID pipelineId,
			@RequestParam(required = false) @Nullable UUID stageId, @RequestParam(required = false) @Nullable UUID ownerId,
			@RequestParam(required = false) @Nullable UUID contactId,
			@RequestParam(required = false) @Nullable StageKind status,
			@RequestParam(required = false) @Nullable UUID serviceId, @RequestParam(required = false) @Nullable UUID tagId,
			@RequestParam(required = false) @Nullable UUID campaignId,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		return deals.list(organization, actor,
				new DealFilter(pipelineId, stageId, ownerId, contactId, status, serviceId, tagId, campaignId, cursor, limit));
	}

	@PostMapping
	@Operation(summary = "Create a deal", description = "Default pipeline and its first open stage unless named. "
			+ "A second open deal of the contact in a pipeline that allows one answers 409 with existingId; "
			+ "another organization's contact 404; a past expectedCloseDate, a non-member owner, an unknown service "
			+ "or a stage of another pipeline 422.")
	ResponseEntity<DealView> create(OrganizationId organization, Actor actor, @Valid @RequestBody DealRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(deals.create(organization, actor, body.toDraft()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One deal")
	DealView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return deals.get(organization, actor, id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change some fields (absent fields stay; null clears serviceId, expectedCloseDate, ownerId and "
			+ "campaignId, with the campaign's name); a stale version answers 409")
	DealView update(OrganizationId organization, Actor actor, @PathVariable UUID id, @Valid @RequestBody DealPatch body) {
		return deals.update(organization, actor, id, body.toChanges());
	}

	@PostMapping("/{id}/move")
	@Operation(summary = "Move a deal to another stage of its pipeline",
			description = "Somebody else moving it first answers 409 with the deal's real stageId, stageName and version. "
					+ "A lost stage needs lostReason (422); a stage of another pipeline or an unknown one answers 422.")
	DealView move(OrganizationId organization, Actor actor, @PathVariable UUID id, @Valid @RequestBody MoveRequest body) {
		return moves.move(organization, actor, id, body.stageId(), body.lostReason(), body.version());
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every stage the deal went through, oldest first, with the time spent in each")
	Map<String, List<DealMoves.HistoryEntry>> history(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return Map.of("items", moves.history(organization, actor, id));
	}
}
