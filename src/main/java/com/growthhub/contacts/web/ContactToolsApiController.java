package com.growthhub.contacts.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.contacts.internal.BulkActions;
import com.growthhub.contacts.internal.merge.Duplicates;
import com.growthhub.contacts.internal.merge.MergeUndo;
import com.growthhub.contacts.internal.merge.Merges;
import com.growthhub.contacts.internal.search.SavedViews;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Work on several contacts at once: duplicates and merges, bulk actions and saved views. */
@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contact tools", description = "Duplicates, merge and undo, bulk actions, saved views")
class ContactToolsApiController {

	private final Duplicates duplicates;
	private final Merges merges;
	private final MergeUndo undo;
	private final BulkActions bulk;
	private final SavedViews views;

	ContactToolsApiController(Duplicates duplicates, Merges merges, MergeUndo undo, BulkActions bulk, SavedViews views) {
		this.duplicates = duplicates;
		this.merges = merges;
		this.undo = undo;
		this.bulk = bulk;
		this.views = views;
	}

	record MergeRequest(@NotNull UUID primaryId, @NotNull UUID duplicateId,
			@Size(max = 100) Map<String, @NotNull @Pattern(regexp = "primary|duplicate") String> fields) {
	}

	record BulkRequest(@NotEmpty @Size(max = BulkActions.MAX_IDS) List<@NotNull UUID> ids,
			@NotNull BulkActions.Action action, UUID tagId, UUID listId, UUID ownerId) {

		BulkActions.Selection toSelection() {
			return new BulkActions.Selection(ids, action, tagId, listId, ownerId);
		}
	}

	record ViewRequest(@NotBlank @Size(max = 100) String name, @NotNull @Size(max = 30) Map<String, Object> query) {
	}

	@GetMapping("/duplicates")
	@Operation(summary = "Candidate pairs: same phone, or a similar name at the same company (at most 200)")
	Map<String, List<Duplicates.Pair>> duplicates(OrganizationId organization, Actor actor,
			@RequestParam(defaultValue = "50") int limit) {
		return Map.of("items", duplicates.find(organization, actor, limit));
	}

	@PostMapping("/merge")
	@Operation(summary = "Merge a duplicate into a primary contact",
			description = "fields picks primary or duplicate per field (customFields.<key> for custom fields; default primary). "
					+ "Self, trashed contacts or a shared external-id platform answer 409.")
	Merges.Merged merge(OrganizationId organization, Actor actor, @Valid @RequestBody MergeRequest body) {
		return merges.merge(organization, actor, body.primaryId(), body.duplicateId(),
				body.fields() == null ? Map.of() : body.fields());
	}

	@PostMapping("/merges/{id}/undo")
	@Operation(summary = "Undo a merge (once, within 30 days): both contacts come back as they were")
	ResponseEntity<Void> undo(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		undo.undo(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/bulk")
	@Operation(summary = "Tag, untag, add to or remove from a list, change owner or delete up to 1000 contacts",
			description = "Any id that is not a visible live contact fails the whole request with 404. Answers {affected}.")
	Map<String, Integer> bulk(OrganizationId organization, Actor actor, @Valid @RequestBody BulkRequest body) {
		return Map.of("affected", bulk.apply(organization, actor, body.toSelection()));
	}

	@GetMapping("/views")
	@Operation(summary = "The caller's saved views")
	Map<String, List<SavedViews.SavedView>> views(OrganizationId organization, Actor actor) {
		return Map.of("items", views.list(organization, actor));
	}

	@PostMapping("/views")
	@Operation(summary = "Save the list filters under a name (unique per person)")
	ResponseEntity<SavedViews.SavedView> saveView(OrganizationId organization, Actor actor,
			@Valid @RequestBody ViewRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(views.create(organization, actor, body.name(), body.query()));
	}

	@GetMapping("/views/{id}")
	@Operation(summary = "One of the caller's saved views")
	SavedViews.SavedView view(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return views.list(organization, actor).stream().filter(view -> view.id().equals(id)).findFirst()
			.orElseThrow(() -> NotFoundException.of("Saved view"));
	}

	@DeleteMapping("/views/{id}")
	@Operation(summary = "Delete one of the caller's saved views")
	ResponseEntity<Void> deleteView(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		views.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}
}
