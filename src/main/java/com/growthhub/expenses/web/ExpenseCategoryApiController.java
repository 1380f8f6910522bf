package com.growthhub.expenses.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.expenses.internal.ExpenseCategories;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/expense-categories")
@Tag(name = "Expense categories", description = "The organization's own list of expense categories, made from defaults")
class ExpenseCategoryApiController {

	private final ExpenseCategories categories;

	ExpenseCategoryApiController(ExpenseCategories categories) {
		this.categories = categories;
	}

	record CategoryRequest(@NotBlank @Size(max = 60) String name) {
	}

	record CategoryChange(@Nullable @Size(min = 1, max = 60) String name, @Nullable Boolean archived) {
	}

	@GetMapping
	@Operation(summary = "The categories in their order; archived ones only with includeArchived=true")
	Map<String, List<ExpenseCategories.Category>> list(OrganizationId organization, Actor actor,
			@RequestParam(defaultValue = "false") boolean includeArchived) {
		return Map.of("items", categories.list(organization, actor, includeArchived));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One category")
	ExpenseCategories.Category get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return categories.get(organization, actor, id);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Adds a category at the end (admins); names are unique regardless of case (409)")
	ResponseEntity<ExpenseCategories.Category> create(OrganizationId organization, Actor actor,
			@Valid @RequestBody CategoryRequest body) {
		ExpenseCategories.Category created = categories.create(organization, actor, body.name());
		return ResponseEntity.created(URI.create("/api/v1/expense-categories/" + created.id())).body(created);
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Renames a category or archives (restores) it (admins)")
	ExpenseCategories.Category update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody CategoryChange body) {
		return categories.update(organization, actor, id, body.name(), body.archived());
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Archives a category (admins): expenses keep it, pickers no longer offer it")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		categories.update(organization, actor, id, null, true);
		return ResponseEntity.noContent().build();
	}
}
