package com.growthhub.messaging.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.messaging.internal.lines.Channel;
import com.growthhub.messaging.internal.lines.ConversationView;
import com.growthhub.messaging.internal.lines.Conversations;
import com.growthhub.messaging.internal.lines.LineUsage;
import com.growthhub.messaging.internal.lines.LineView;
import com.growthhub.messaging.internal.lines.Lines;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.EnumKeys;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Conversations: the list (of one line, or of one contact), a thread with its send box, and a form to start one from
 * a line (or from a contact, {@code ?contactId=}). A refused send comes back as the page's message, saying which daily
 * limit the line reached and when it resets.
 */
@Controller
class ConversationController {

	private final Conversations conversations;
	private final Lines lines;
	private final LineUsage usage;

	ConversationController(Conversations conversations, Lines lines, LineUsage usage) {
		this.conversations = conversations;
		this.lines = lines;
		this.usage = usage;
	}

	@GetMapping("/conversations")
	String list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID lineId,
			@RequestParam(required = false) @Nullable UUID contactId, Model model) {
		List<LineView> all = lines.list(organization, actor);
		List<ConversationView> found = conversations.list(organization, actor, lineId, contactId, null, 100).items();
		model.addAttribute("lines", all);
		model.addAttribute("lineNames", lineNames(all));
		model.addAttribute("conversations", found);
		model.addAttribute("contactNames", conversations.contactNames(organization, actor, found.stream().map(ConversationView::contactId).toList()));
		model.addAttribute("lineId", lineId);
		model.addAttribute("contactId", contactId);
		model.addAttribute("contactName", contactId == null ? null
				: conversations.contactNames(organization, actor, List.of(contactId)).get(contactId));
		model.addAttribute("channels", List.of(Channel.values()));
		return "messaging/conversations";
	}

	@PostMapping("/conversations")
	String start(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID lineId,
			@RequestParam(required = false) @Nullable UUID contactId, @RequestParam(defaultValue = "sms") String channel,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		if (lineId == null || contactId == null) {
			RefusedAction.flash(redirect, "conversations.pickLineAndContact");
			return "redirect:/conversations";
		}
		try {
			Channel chosen = EnumKeys.find(Channel.class, channel);
			Conversations.Sent sent = conversations.start(organization, actor, lineId, contactId,
					chosen == null ? Channel.SMS : chosen, text.strip());
			return "redirect:/conversations/" + sent.conversation().id();
		}
		catch (ErrorResponseException refused) {
			RefusedAction.flash(redirect, refused);
			redirect.addAttribute("lineId", lineId);
			return "redirect:/conversations";
		}
	}

	/** The start form a contact's page shows in place (its "Start conversation" button). */
	@GetMapping("/conversations/start-form")
	String startForm(OrganizationId organization, Actor actor, @RequestParam UUID contactId, Model model) {
		return startFragment(organization, actor, contactId, null, "sms", "", model);
	}

	/**
	 * The same start, posted with htmx from a contact's page: a sent message opens its thread; a refusal (the 429 of a
	 * daily limit, an inactive line) answers with its status and the form again, the reason above it and the text kept.
	 */
	@PostMapping(path = "/conversations", headers = "HX-Request")
	String startInPlace(OrganizationId organization, Actor actor, @RequestParam UUID contactId,
			@RequestParam(required = false) @Nullable UUID lineId, @RequestParam(defaultValue = "sms") String channel,
			@RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
		try {
			if (lineId == null) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Choose a line first.");
			}
			Channel chosen = EnumKeys.find(Channel.class, channel);
			Conversations.Sent sent = conversations.start(organization, actor, lineId, contactId,
					chosen == null ? Channel.SMS : chosen, text.strip());
			response.setHeader("HX-Redirect", "/conversations/" + sent.conversation().id());
			return startFragment(organization, actor, contactId, lineId, channel, "", model);
		}
		catch (ErrorResponseException refused) {
			model.addAttribute("problem", RefusedAction.detail(refused));
			response.setStatus(refused.getStatusCode().value());
			return startFragment(organization, actor, contactId, lineId, channel, text, model);
		}
	}

	private String startFragment(OrganizationId organization, Actor actor, UUID contactId, @Nullable UUID lineId,
			String channel, String draft, Model model) {
		model.addAttribute("lines", lines.list(organization, actor).stream().filter(LineView::active).toList());
		model.addAttribute("channels", List.of(Channel.values()));
		model.addAttribute("contactId", contactId);
		model.addAttribute("lineId", lineId);
		model.addAttribute("chosenChannel", channel);
		model.addAttribute("draft", draft);
		return "messaging/start-conversation :: form";
	}

	@GetMapping("/conversations/{id}")
	String thread(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		ConversationView conversation = conversations.find(organization, actor, id);
		LineView line = lines.find(organization, actor, conversation.lineId());
		model.addAttribute("conversation", conversation);
		model.addAttribute("line", line);
		model.addAttribute("usage", usage.of(organization, actor, line.id()));
		model.addAttribute("contactName", conversations.contactNames(organization, actor, List.of(conversation.contactId())).get(conversation.contactId()));
		model.addAttribute("messages", conversations.messages(organization, actor, id));
		return "messaging/conversation";
	}

	@PostMapping("/conversations/{id}/messages")
	String reply(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		try {
			conversations.reply(organization, actor, id, text.strip());
		}
		catch (ErrorResponseException refused) {
			RefusedAction.flash(redirect, refused);
			redirect.addFlashAttribute("draft", text);
		}
		return "redirect:/conversations/" + id;
	}

	private static Map<UUID, String> lineNames(List<LineView> all) {
		Map<UUID, String> names = new HashMap<>();
		all.forEach(line -> names.put(line.id(), line.displayName()));
		return names;
	}
}
