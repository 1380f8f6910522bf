package com.growthhub.journeys.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.journeys.internal.ActiveClients;
import com.growthhub.journeys.internal.JourneyStatus;
import com.growthhub.journeys.internal.JourneyView;
import com.growthhub.journeys.internal.Journeys;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/journeys")
@Tag(name = "Journeys", description = "Client journeys started from templates: status, steps, agreement to services")
class JourneyApiController {

	private final Journeys journeys;
	private final ActiveClients activeClients;

	JourneyApiController(Journeys journeys, ActiveClients activeClients) {
		this.journeys = journeys;
		this.activeClients = activeClients;
	}

	record StartRequest(@NotNull UUID contactId, @NotNull UUID templateId, @Size(max = 50) @Nullable List<@NotNull UUID> services,
			@Size(max = 20) @Nullable List<@NotNull String> concerns) {
	}

	record TransitionRequest(@NotNull JourneyStatus to) {
	}

	record StepRequest(@Nullable Boolean done, @Nullable UUID assigneeId, @Nullable LocalDate dueOn) {
	}

	record PurchaseRequest(@NotNull UUID serviceId, @Nullable @Min(0) Long priceCents) {
	}

	record AgreementRequest(@Size(max = 50) @Nullable List<@Valid @NotNull PurchaseRequest> services) {

		List<ActiveClients.Purchase> toPurchases() {
			return services == null ? List.of()
					: services.stream().map(p -> new ActiveClients.Purchase(p.serviceId(), p.priceCents())).toList();
		}
	}

	@GetMapping
	@Operation(summary = "Journeys, newest first, keyset-paged; filter by contactId and status")
	Journeys.Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID contactId,
			@RequestParam(required = false) @Nullable JourneyStatus status,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "25") int limit) {
		return journeys.list(organization, actor, contactId, status, PageCursor.parse(cursor), limit);
	}

	@PostMapping
	@Operation(summary = "Start a journey on a contact from a template; steps get due dates and assignees")
	ResponseEntity<JourneyView> start(OrganizationId organization, Actor actor, @Valid @RequestBody StartRequest body) {
		JourneyView started = journeys.start(organization, actor, body.contactId(), body.templateId(),
				body.services() == null ? List.of() : body.services(), body.concerns() == null ? List.of() : body.concerns());
		return ResponseEntity.created(URI.create("/api/v1/journeys/" + started.id())).body(started);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One journey with its steps and the statuses it may move to")
	JourneyView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return journeys.get(organization, actor, id);
	}

	@PostMapping("/{id}/transition")
	@Operation(summary = "Move the journey: pending → in_progress → active_client/won/lost/archived, archived → in_progress; others answer 409")
	JourneyView transition(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody TransitionRequest body) {
		if (body.to() == JourneyStatus.ACTIVE_CLIENT) {
			activeClients.agree(organization, actor, id, List.of());
			return journeys.get(organization, actor, id);
		}
		return journeys.transition(organization, actor, id, body.to());
	}

	@PatchMapping("/{id}/steps/{stepId}")
	@Operation(summary = "Tick a step done (or not), reassign it or move its due date; absent fields stay")
	JourneyView step(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID stepId,
			@RequestBody StepRequest body) {
		return journeys.updateStep(organization, actor, id, stepId, body.done(), body.assigneeId(), body.dueOn());
	}

	@PostMapping("/{id}/active-client")
	@Operation(summary = "Agreed to service: creates or reuses the contact's active client with the services at their prices; only from in_progress")
	ResponseEntity<ActiveClients.ActiveClient> agree(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody AgreementRequest body) {
		ActiveClients.ActiveClient client = activeClients.agree(organization, actor, id, body.toPurchases());
		return ResponseEntity.created(URI.create("/api/v1/active-clients/" + client.id())).body(client);
	}
}
