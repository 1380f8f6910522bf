package com.growthhub.messaging.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.messaging.internal.lines.Channel;
import com.growthhub.messaging.internal.lines.Conversations;
import com.growthhub.messaging.internal.lines.MessageView;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Conversations", description = "Threads between a line and a contact by SMS or email; every send counts "
		+ "against the line's daily limits and a refused one answers 429 with the limit and when it resets")
class ConversationApiController {

	private final Conversations conversations;

	ConversationApiController(Conversations conversations) {
		this.conversations = conversations;
	}

	record StartRequest(@NotNull UUID lineId, @NotNull UUID contactId, @NotNull Channel channel,
			@NotBlank @Size(max = 1600) String text) {
	}

	record MessageRequest(@NotBlank @Size(max = 1600) String text) {
	}

	@GetMapping
	@Operation(summary = "Conversations, most recent message first, keyset-paged; filter by lineId and contactId")
	Conversations.Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID lineId,
			@RequestParam(required = false) @Nullable UUID contactId, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "25") int limit) {
		return conversations.list(organization, actor, lineId, contactId, PageCursor.parse(cursor), limit);
	}

	@PostMapping
	@Operation(summary = "Writes to a contact from a line (the line's member, admins and owners): continues the thread "
			+ "of the line with the contact on the channel, or opens it, which counts as a new conversation")
	ResponseEntity<Conversations.Sent> start(OrganizationId organization, Actor actor, @Valid @RequestBody StartRequest body) {
		Conversations.Sent sent = conversations.start(organization, actor, body.lineId(), body.contactId(), body.channel(),
				body.text().strip());
		return ResponseEntity.created(URI.create("/api/v1/conversations/" + sent.conversation().id())).body(sent);
	}

	@GetMapping("/{id}/messages")
	@Operation(summary = "The conversation's messages, oldest first")
	Map<String, List<MessageView>> messages(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return Map.of("items", conversations.messages(organization, actor, id));
	}

	@PostMapping("/{id}/messages")
	@Operation(summary = "Writes the next message of the conversation")
	ResponseEntity<MessageView> reply(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody MessageRequest body) {
		MessageView message = conversations.reply(organization, actor, id, body.text().strip()).message();
		return ResponseEntity.created(URI.create("/api/v1/conversations/" + id + "/messages")).body(message);
	}
}
