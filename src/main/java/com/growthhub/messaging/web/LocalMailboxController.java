package com.growthhub.messaging.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.messaging.MailServer;
import com.growthhub.messaging.internal.EmailLog;
import com.growthhub.platform.web.LocalOnlyRequests;
import com.growthhub.platform.web.NotFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Lets a fresh local install read its own mail (verification and sign-in codes) while no mail
 * server is configured. It shows every organization's mail in full, so it exists only for
 * requests from this very machine; to anyone else it is a 404, as if it were not there.
 */
@Controller
class LocalMailboxController {

	static final int LIMIT = 50;
	private static final Pattern CODE = Pattern.compile("data-code[^>]*>\\s*(\\d{6})\\s*<");
	private static final Pattern LINK = Pattern.compile("data-link[^>]*href=\"([^\"]+)\"");

	private final EmailLog emailLog;
	private final MailServer mailServer;

	LocalMailboxController(EmailLog emailLog, MailServer mailServer) {
		this.emailLog = emailLog;
		this.mailServer = mailServer;
	}

	record MailboxMessage(UUID id, String to, String subject, Instant createdAt, String body, @Nullable String code,
			@Nullable String link) {

		static MailboxMessage of(EmailLog.Delivered message) {
			return new MailboxMessage(message.id(), message.toAddress(), message.subject(), message.createdAt(),
					message.bodyHtml(), find(CODE, message.bodyHtml()), find(LINK, message.bodyHtml()));
		}

		private static @Nullable String find(Pattern pattern, String body) {
			Matcher matcher = pattern.matcher(body);
			return matcher.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1)) : null;
		}
	}

	@GetMapping("/mailbox")
	String mailbox(@RequestParam(required = false) @Nullable String to, HttpServletRequest request, Model model) {
		if (mailServer.isConfigured() || !LocalOnlyRequests.fromThisMachine(request)) {
			throw NotFoundException.of("Page");
		}
		List<MailboxMessage> messages = emailLog.newestOfInstallation(LIMIT)
			.stream()
			.filter(message -> to == null || to.isBlank() || message.toAddress().equalsIgnoreCase(to.strip()))
			.map(MailboxMessage::of)
			.toList();
		model.addAttribute("messages", messages);
		model.addAttribute("to", to);
		return "messaging/mailbox";
	}
}
