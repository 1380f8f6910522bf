package com.growthhub.onboarding.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.growthhub.identity.NewClientAccount;
import com.growthhub.onboarding.internal.BrandAssets;
import com.growthhub.onboarding.internal.ClientOnboarding;
import com.growthhub.onboarding.internal.OnboardingProfile;
import com.growthhub.onboarding.internal.OnboardingWizard;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/onboarding")
@Tag(name = "Onboarding", description = "Client onboarding: an agency creates a client with its invitation and follows "
		+ "its progress step by step; the signed-in client saves steps and completes")
class OnboardingClientApiController {

	private final ClientOnboarding onboarding;
	private final OnboardingWizard wizard;
	private final BrandAssets brandAssets;

	OnboardingClientApiController(ClientOnboarding onboarding, OnboardingWizard wizard, BrandAssets brandAssets) {
		this.onboarding = onboarding;
		this.wizard = wizard;
		this.brandAssets = brandAssets;
	}

	record ClientRequest(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 40) String clientType,
			@NotBlank @Size(max = 200) String contactName, @NotBlank @Size(max = 320) String contactEmail,
			@Nullable List<String> services) {

		NewClientAccount toAccount() {
			return new NewClientAccount(name, clientType, services == null ? List.of() : services, contactName,
					contactEmail);
		}
	}

	record Progress(OnboardingResponse onboarding, @Nullable String linkState, @Nullable Instant linkExpiresAt,
			List<Reveal> reveals) {

		static Progress of(ClientOnboarding.Progress progress) {
			return new Progress(OnboardingResponse.of(progress.profile(), progress.credentials()),
					progress.linkState() == null ? null : progress.linkState().key(), progress.linkExpiresAt(),
					progress.reveals().stream().map(r -> new Reveal(r.credentialId(), r.revealedBy(), r.revealedAt())).toList());
		}
	}

	record Reveal(UUID credentialId, UUID revealedBy, Instant revealedAt) {
	}

	record Clients(List<OnboardingResponse> items) {
	}

	record Secret(String secret) {
	}

	@PostMapping("/clients")
	@Operation(summary = "Create a client: its account, first user (role client), onboarding and invitation email "
			+ "(owners and admins)")
	ResponseEntity<Progress> create(OrganizationId organization, Actor actor, @Valid @RequestBody ClientRequest body) {
		OnboardingProfile profile = onboarding.create(organization, actor, body.toAccount());
		return ResponseEntity.created(URI.create("/api/v1/onboarding/clients/" + profile.id()))
			.body(Progress.of(onboarding.progress(organization, actor, profile.id())));
	}

	@GetMapping("/clients")
	@Operation(summary = "The agency's clients with their onboarding progress, newest first")
	Clients list(OrganizationId organization, Actor actor) {
		return new Clients(onboarding.list(organization, actor).stream()
			.map(profile -> OnboardingResponse.of(profile, List.of()))
			.toList());
	}

	@GetMapping("/clients/{id}")
	@Operation(summary = "A client's onboarding step by step, its invitation link's state and credentials (masked)")
	Progress progress(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return Progress.of(onboarding.progress(organization, actor, id));
	}

	@PostMapping("/clients/{id}/invitation")
	@Operation(summary = "Email a new invitation link; the previous link stops working (owners and admins)")
	Progress resend(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return Progress.of(onboarding.resendInvitation(organization, actor, id));
	}

	@PostMapping("/clients/{id}/credentials/{credentialId}/reveal")
	@Operation(summary = "The secret of a credential the client gave (owners and admins); every reveal is audited")
	Secret reveal(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID credentialId) {
		return new Secret(onboarding.reveal(organization, actor, id, credentialId));
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in client's onboarding")
	OnboardingResponse mine(OrganizationId organization, Actor actor) {
		OnboardingProfile profile = wizard.mine(organization, actor);
		return OnboardingResponse.of(profile, wizard.credentials(profile));
	}

	@PostMapping("/me/steps/{step}")
	@Operation(summary = "Save one step of the signed-in client's onboarding; secrets go to the vault")
	OnboardingResponse saveMine(OrganizationId organization, Actor actor, @PathVariable String step,
			@RequestBody @NotNull Map<String, Object> answers) {
		OnboardingProfile profile = wizard.saveMine(organization, actor, step, answers);
		return OnboardingResponse.of(profile, wizard.credentials(profile));
	}

	@PostMapping(path = "/me/brand/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add a brand file to the signed-in client's onboarding: kind logo (replaces the previous one; "
			+ "PNG, JPEG, WebP or GIF up to 5 MB) or style_guide (PDF or an image up to 20 MB)")
	ResponseEntity<BrandAssets.Asset> upload(OrganizationId organization, Actor actor, @RequestParam String kind,
			@RequestParam MultipartFile file) throws IOException {
		try (InputStream content = file.getInputStream()) {
			BrandAssets.Asset asset = brandAssets.add(organization, actor, kind, content, file.getOriginalFilename());
			return ResponseEntity.status(HttpStatus.CREATED).body(asset);
		}
	}

	@GetMapping("/me/brand/files")
	@Operation(summary = "The brand files of the signed-in client's onboarding")
	BrandFiles brandFiles(OrganizationId organization, Actor actor) {
		return new BrandFiles(brandAssets.of(wizard.mine(organization, actor)));
	}

	@GetMapping("/clients/{id}/brand/files")
	@Operation(summary = "A client's brand files")
	BrandFiles clientBrandFiles(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return new BrandFiles(brandAssets.of(onboarding.progress(organization, actor, id).profile()));
	}

	@GetMapping("/clients/{id}/brand/files/{assetId}")
	@Operation(summary = "Opens a client's brand file: 303 to a signed link that works for five minutes")
	ResponseEntity<Void> clientBrandFile(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@PathVariable UUID assetId) {
		onboarding.progress(organization, actor, id);
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(brandAssets.link(organization, id, assetId)).build();
	}

	record BrandFiles(List<BrandAssets.Asset> items) {
	}

	@PostMapping("/me/complete")
	@Operation(summary = "Complete the signed-in client's onboarding (409 naming the required steps still missing)")
	OnboardingResponse complete(OrganizationId organization, Actor actor) {
		OnboardingProfile profile = wizard.complete(organization, actor);
		return OnboardingResponse.of(profile, wizard.credentials(profile));
	}
}
