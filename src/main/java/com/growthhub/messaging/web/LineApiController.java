package com.growthhub.messaging.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.growthhub.messaging.internal.lines.DailyLimits;
import com.growthhub.messaging.internal.lines.LineChanges;
import com.growthhub.messaging.internal.lines.LineDraft;
import com.growthhub.messaging.internal.lines.LineEntitlements;
import com.growthhub.messaging.internal.lines.LineUsage;
import com.growthhub.messaging.internal.lines.LineView;
import com.growthhub.messaging.internal.lines.Lines;
import com.growthhub.platform.files.FileResponses;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Lines", description = "Sending identities (a phone number and/or an email address) assigned to members, "
		+ "with daily limits; owners and admins manage them, and the organization's line entitlements")
class LineApiController {

	private final Lines lines;
	private final LineUsage usage;
	private final StoredFiles files;

	LineApiController(Lines lines, LineUsage usage, StoredFiles files) {
		this.lines = lines;
		this.usage = usage;
		this.files = files;
	}

	record LineRequest(@NotNull UUID assignedUserId,
			@Nullable @Pattern(regexp = "^\\+[1-9][0-9]{6,14}$", message = "must be E.164, like +15551234567") String phoneNumber,
			@Nullable @Email @Size(max = 254) String emailAddress, @NotBlank @Size(max = 120) String displayName,
			@Nullable UUID pictureFileId, @Nullable @Min(1) @Max(100_000) Integer dailyNewConversationsLimit,
			@Nullable @Min(1) @Max(1_000_000) Integer dailyMessagesLimit) {

		LineDraft toDraft() {
			return new LineDraft(assignedUserId, phoneNumber, emailAddress, displayName, pictureFileId,
					dailyNewConversationsLimit, dailyMessagesLimit);
		}
	}

	record LineChangesRequest(@Nullable UUID assignedUserId, @Nullable @Email @Size(max = 254) String emailAddress,
			@Nullable @Size(min = 1, max = 120) String displayName, @Nullable UUID pictureFileId,
			@Nullable @Min(1) @Max(100_000) Integer dailyNewConversationsLimit,
			@Nullable @Min(1) @Max(1_000_000) Integer dailyMessagesLimit) {

		LineChanges toChanges() {
			return new LineChanges(assignedUserId, emailAddress, displayName, pictureFileId, dailyNewConversationsLimit,
					dailyMessagesLimit);
		}
	}

	@GetMapping("/lines")
	@Operation(summary = "The organization's lines, oldest first")
	Map<String, List<LineView>> list(OrganizationId organization, Actor actor) {
		return Map.of("items", lines.list(organization, actor));
	}

	@PostMapping("/lines")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Adds a line: free while the plan's free lines last, else paid; 409 beyond the entitlement",
			description = "With an SMS provider configured the number is bought there and the line is active (or failed) "
					+ "in the answer; otherwise it stays provisioning until an admin activates it. An email-only line is "
					+ "active at once.")
	ResponseEntity<LineView> create(OrganizationId organization, Actor actor, @Valid @RequestBody LineRequest body) {
		LineView line = lines.create(organization, actor, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/lines/" + line.id())).body(line);
	}

	@GetMapping("/lines/{id}")
	@Operation(summary = "One line")
	LineView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return lines.find(organization, actor, id);
	}

	@PatchMapping("/lines/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Changes a line's member, email address, name, picture or daily limits (the number stays)")
	LineView update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody LineChangesRequest body) {
		return lines.update(organization, actor, id, body.toChanges());
	}

	@DeleteMapping("/lines/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Removes a line with its conversations and gives its place in the entitlement back")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		lines.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/lines/{id}/activate")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Confirms by hand that a provisioning (or failed) line works; 409 when it is already active")
	LineView activate(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return lines.activate(organization, actor, id);
	}

	@PutMapping(path = "/lines/{id}/picture", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Uploads the line's picture (part file: PNG, JPEG, GIF or WebP up to 2 MB, type read from the "
			+ "bytes), shown beside the line in its conversations; answers the line with its new pictureFileId")
	LineView changePicture(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream content = file.getInputStream()) {
			return lines.changePicture(organization, actor, id, content, file.getOriginalFilename());
		}
	}

	@GetMapping("/lines/{id}/picture")
	@Operation(summary = "The line's picture; 404 when it has none")
	ResponseEntity<?> picture(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestHeader HttpHeaders headers) {
		return FileResponses.serve(files, organization, lines.picture(organization, actor, id), headers, true);
	}

	@GetMapping("/lines/{id}/usage")
	@Operation(summary = "Today's new conversations and messages against the line's limits, the day in the "
			+ "organization's time zone, and when they reset")
	DailyLimits.Usage usage(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return usage.of(organization, actor, id);
	}

	@GetMapping("/organization/entitlements")
	@Operation(summary = "Lines: free included by the plan, free used, paid allowed, purchased, and the total")
	LineEntitlements.Entitlements entitlements(OrganizationId organization, Actor actor) {
		return lines.entitlements(organization, actor);
	}
}
