package com.growthhub.eventplanning.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.eventplanning.internal.Agenda;
import com.growthhub.eventplanning.internal.AgendaDraft;
import com.growthhub.eventplanning.internal.AgendaItemView;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/events/{eventId}/agenda")
@Tag(name = "Events", description = "Events with agenda, capacity and budget; attendees, check-in and analytics")
class AgendaApiController {

	private final Agenda agenda;

	AgendaApiController(Agenda agenda) {
		this.agenda = agenda;
	}

	record AgendaRequest(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 200) String speaker,
			@Nullable @Size(max = 100) String room, @NotNull Instant startsAt, @NotNull Instant endsAt,
			@Nullable @Min(0) Integer position) {

		AgendaDraft toDraft() {
			return new AgendaDraft(title, speaker, room, startsAt, endsAt, position);
		}
	}

	/** Absent fields stay; speaker and room are cleared with an empty text. */
	record AgendaPatch(@Nullable @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") @Size(max = 200) String title,
			@Nullable @Size(max = 200) String speaker, @Nullable @Size(max = 100) String room, @Nullable Instant startsAt,
			@Nullable Instant endsAt, @Nullable @Min(0) Integer position) {

		AgendaDraft applyTo(AgendaItemView current) {
			return new AgendaDraft(Objects.requireNonNullElse(title, current.title()),
					speaker != null ? speaker : current.speaker(), room != null ? room : current.room(),
					Objects.requireNonNullElse(startsAt, current.startsAt()), Objects.requireNonNullElse(endsAt, current.endsAt()),
					Objects.requireNonNullElse(position, current.position()));
		}
	}

	record Items(List<AgendaItemView> items) {
	}

	@GetMapping
	@Operation(summary = "The event's agenda in time order")
	Items list(OrganizationId organization, Actor actor, @PathVariable UUID eventId) {
		return new Items(agenda.list(organization, actor, eventId));
	}

	@PostMapping
	@Operation(summary = "Add an agenda item", description = "It must lie within the event's time (422 naming startsAt "
			+ "or endsAt); a room already used at an overlapping time answers 409.")
	ResponseEntity<AgendaItemView> add(OrganizationId organization, Actor actor, @PathVariable UUID eventId,
			@Valid @RequestBody AgendaRequest body) {
		AgendaItemView item = agenda.add(organization, actor, eventId, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/events/" + eventId + "/agenda/" + item.id())).body(item);
	}

	@GetMapping("/{itemId}")
	@Operation(summary = "One agenda item")
	AgendaItemView get(OrganizationId organization, Actor actor, @PathVariable UUID eventId, @PathVariable UUID itemId) {
		return agenda.get(organization, actor, eventId, itemId);
	}

	@PatchMapping("/{itemId}")
	@Operation(summary = "Change an agenda item (the same time and room rules as adding one)")
	AgendaItemView update(OrganizationId organization, Actor actor, @PathVariable UUID eventId, @PathVariable UUID itemId,
			@Valid @RequestBody AgendaPatch body) {
		AgendaItemView current = agenda.get(organization, actor, eventId, itemId);
		return agenda.update(organization, actor, eventId, itemId, body.applyTo(current));
	}

	@DeleteMapping("/{itemId}")
	@Operation(summary = "Remove an agenda item")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID eventId,
			@PathVariable UUID itemId) {
		agenda.delete(organization, actor, eventId, itemId);
		return ResponseEntity.noContent().build();
	}
}
