package com.growthhub.masterclasses.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
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

import com.growthhub.masterclasses.internal.live.ChatMessage;
import com.growthhub.masterclasses.internal.live.LiveChat;
import com.growthhub.masterclasses.internal.live.LiveRefusedException;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/masterclasses/{id}")
@Tag(name = "Masterclass chat", description = "The live room's chat for staff: read it (deleted messages too), write as "
		+ "the host, delete, pin, mark questions and answers, mute a registrant")
class ChatApiController {

	private final LiveChat chat;

	ChatApiController(LiveChat chat) {
		this.chat = chat;
	}

	record ChatRequest(@Nullable String body) {
	}

	record PinRequest(@Nullable Boolean pinned) {
	}

	record QuestionRequest(@Nullable Boolean question, @Nullable Boolean answered) {
	}

	record MuteRequest(@Nullable UUID registrationId) {
	}

	@GetMapping("/chat")
	@Operation(summary = "The chat, newest first, keyset-paged (cursor, limit up to 200), deleted messages included")
	LiveChat.Page list(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		return chat.page(organization, actor, id, PageCursor.parse(cursor), limit);
	}

	@PostMapping("/chat")
	@Operation(summary = "Writes in the chat as the host or a moderator {body} (links allowed)")
	ResponseEntity<ChatMessage> post(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody ChatRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(chat.postAsStaff(organization, actor, id, request.body() == null ? "" : request.body()));
	}

	@DeleteMapping("/chat/{messageId}")
	@Operation(summary = "Deletes a message: it disappears from every viewer's chat and from the replay")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID messageId) {
		chat.delete(organization, actor, id, messageId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/chat/{messageId}/pin")
	@Operation(summary = "Pins {pinned: true} (one at a time) or unpins a message above the chat")
	ChatMessage pin(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID messageId,
			@RequestBody PinRequest request) {
		return chat.pin(organization, actor, id, messageId, !Boolean.FALSE.equals(request.pinned()));
	}

	@PostMapping("/chat/{messageId}/question")
	@Operation(summary = "Marks a message a question {question} and answered {answered}")
	ChatMessage question(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID messageId,
			@RequestBody QuestionRequest request) {
		return chat.question(organization, actor, id, messageId, !Boolean.FALSE.equals(request.question()),
				Boolean.TRUE.equals(request.answered()));
	}

	@PostMapping("/mutes")
	@Operation(summary = "Mutes a registrant {registrationId} in this masterclass's chat: their messages are refused (403)")
	ResponseEntity<Void> mute(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestBody MuteRequest request) {
		if (request.registrationId() == null) {
			throw LiveRefusedException.invalid("registrationId is required.");
		}
		chat.mute(organization, actor, id, request.registrationId(), true);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/mutes/{registrationId}")
	@Operation(summary = "Lets a muted registrant write again")
	ResponseEntity<Void> unmute(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@PathVariable UUID registrationId) {
		chat.mute(organization, actor, id, registrationId, false);
		return ResponseEntity.noContent().build();
	}
}
