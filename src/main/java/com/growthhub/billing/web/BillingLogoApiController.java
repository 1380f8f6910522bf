package com.growthhub.billing.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.growthhub.billing.internal.invoices.BillingSettings;
import com.growthhub.platform.files.FileResponses;
import com.growthhub.platform.files.StoredFile;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/billing/logo")
@Tag(name = "Billing settings", description = "The seller's logo printed on invoices, credit notes and receipts")
class BillingLogoApiController {

	private final BillingSettings settings;
	private final StoredFiles files;

	BillingLogoApiController(BillingSettings settings, StoredFiles files) {
		this.settings = settings;
		this.files = files;
	}

	@PutMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Uploads the logo (part file: PNG or JPEG up to 512 KB, type read from the bytes); admins "
			+ "and owners; answers the stored file")
	StoredFile change(OrganizationId organization, Actor actor, @RequestPart("file") MultipartFile file)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			return settings.changeLogo(organization, actor, content, file.getOriginalFilename());
		}
	}

	@GetMapping
	@Operation(summary = "The logo; 404 when there is none")
	ResponseEntity<?> logo(OrganizationId organization, Actor actor, @RequestHeader HttpHeaders headers) {
		return FileResponses.serve(files, organization,
				settings.logo(organization, actor).orElseThrow(() -> NotFoundException.of("Logo")), headers, true);
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Stops printing a logo; admins and owners")
	void remove(OrganizationId organization, Actor actor) {
		settings.removeLogo(organization, actor);
	}
}
