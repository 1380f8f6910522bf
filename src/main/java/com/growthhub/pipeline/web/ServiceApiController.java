package com.growthhub.pipeline.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.pipeline.internal.ServiceCatalog;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.CurrencyCode;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "Services", description = "The catalog of services or procedures deals are about")
class ServiceApiController {

	private final ServiceCatalog catalog;

	ServiceApiController(ServiceCatalog catalog) {
		this.catalog = catalog;
	}

	record ServiceRequest(@NotBlank @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9_-]{0,39}\\s*",
			message = "must be 1 to 40 letters, digits, - or _") String code, @NotBlank @Size(max = 120) String name,
			@Nullable @Min(0) Long priceCents, @Nullable @CurrencyCode String currency) {
	}

	@GetMapping
	@Operation(summary = "The catalog, archived services last")
	Map<String, List<ServiceCatalog.ServiceView>> list(OrganizationId organization, Actor actor) {
		return Map.of("items", catalog.list(organization, actor));
	}

	@PostMapping
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Add a service; the code (upper-cased) is unique per organization (409)")
	ResponseEntity<ServiceCatalog.ServiceView> create(OrganizationId organization, Actor actor,
			@Valid @RequestBody ServiceRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(catalog.create(organization, actor, body.code(), body.name(), body.priceCents(), body.currency()));
	}
}
