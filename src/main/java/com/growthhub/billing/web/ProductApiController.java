package com.growthhub.billing.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.billing.internal.invoices.ProductView;
import com.growthhub.billing.internal.invoices.Products;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products", description = "The price list that fills invoice lines")
class ProductApiController {

	private final Products products;

	ProductApiController(Products products) {
		this.products = products;
	}

	record ProductList(List<ProductView> items) {
	}

	@GetMapping
	@Operation(summary = "The organization's products by name (archived ones with includeArchived=true), in one page")
	ProductList list(OrganizationId organization, Actor actor, @RequestParam(defaultValue = "false") boolean includeArchived) {
		return new ProductList(products.list(organization, actor, includeArchived));
	}

	@PostMapping
	@Operation(summary = "Adds a product (managers and up); currency defaults to the organization's")
	ResponseEntity<ProductView> create(OrganizationId organization, Actor actor,
			@Valid @RequestBody InvoiceRequests.ProductRequest body) {
		ProductView created = products.create(organization, actor, new Products.Draft(body.name(), body.description(),
				body.unitPriceCents(), body.currency(), body.taxRate() == null ? BigDecimal.ZERO : body.taxRate(),
				Boolean.TRUE.equals(body.archived())));
		return ResponseEntity.created(URI.create("/api/v1/products/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One product")
	ProductView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return products.get(organization, actor, id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Changes a product (managers and up): properties present replace; archived hides it from pickers")
	ProductView update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody InvoiceRequests.ProductPatch body) {
		Products.Draft current = products.draftOf(products.get(organization, actor, id));
		return products.update(organization, actor, id, new Products.Draft(
				body.name() != null ? body.name() : current.name(),
				body.description() != null ? body.description() : current.description(),
				body.unitPriceCents() != null ? body.unitPriceCents() : current.unitPriceCents(),
				body.currency() != null ? body.currency() : current.currency(),
				body.taxRate() != null ? body.taxRate() : current.taxRate(),
				body.archived() != null ? body.archived() : current.archived()));
	}
}
