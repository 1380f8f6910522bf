package com.growthhub.analytics.web;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.analytics.internal.commissions.ProcedureCodeCatalog;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/procedure-codes")
@Tag(name = "Providers")
class ProviderProcedureCodeApiController {

	private final ProcedureCodeCatalog catalog;

	ProviderProcedureCodeApiController(ProcedureCodeCatalog catalog) {
		this.catalog = catalog;
	}

	record Items(List<ProcedureCodeCatalog.ProcedureCode> items) {
	}

	record CodeRequest(@Nullable String code, @Nullable String label) {
	}

	@GetMapping
	@Operation(summary = "The procedure codes invoice lines and rules may name: BTX, FILLER, LASER, RHINO, BREAST, "
			+ "TUMMY, FACE and the organization's own")
	Items list(OrganizationId organization, Actor actor) {
		return new Items(catalog.list(organization, actor));
	}

	@PostMapping
	@Operation(summary = "Adds an organization's own code {code (e.g. PRP), label}; 409 when it exists; managers and up")
	ResponseEntity<ProcedureCodeCatalog.ProcedureCode> add(OrganizationId organization, Actor actor,
			@RequestBody CodeRequest body) {
		ProcedureCodeCatalog.ProcedureCode added = catalog.add(organization, actor, body.code(), body.label());
		return ResponseEntity.created(URI.create("/api/v1/procedure-codes")).body(added);
	}
}
