package com.growthhub.messaging.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.messaging.MailServer;
import com.growthhub.messaging.RecipientNames;
import com.growthhub.messaging.internal.EmailLog;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** Settings › Email log: what the organization sent and to whom, and whether it arrived. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class EmailLogController {

	static final int PAGE_SIZE = 50;

	private final EmailLog emailLog;
	private final MailServer mailServer;
	private final ObjectProvider<RecipientNames> recipientNames;

	EmailLogController(EmailLog emailLog, MailServer mailServer, ObjectProvider<RecipientNames> recipientNames) {
		this.emailLog = emailLog;
		this.mailServer = mailServer;
		this.recipientNames = recipientNames;
	}

	@GetMapping("/settings/email-log")
	String list(@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, OrganizationId organization,
			Actor actor, Model model) {
		EmailLog.Page page = emailLog.find(organization, actor, cursor, PAGE_SIZE);
		model.addAttribute("page", page);
		List<UUID> recipients = page.items().stream().map(EmailLog.Entry::recipientUserId).filter(Objects::nonNull).distinct().toList();
		RecipientNames names = recipientNames.getIfAvailable();
		model.addAttribute("recipientNames", names == null ? Map.of() : names.of(organization, recipients));
		model.addAttribute("mailServerConfigured", mailServer.isConfigured());
		// "Older" asks htmx for the next rows only, appended under the ones already shown.
		return htmx != null ? "messaging/email-log :: rows" : "messaging/email-log";
	}

	@GetMapping("/settings/email-log/{id}")
	String show(@PathVariable UUID id, OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("message",
				emailLog.find(organization, actor, id).orElseThrow(() -> NotFoundException.of("Email")));
		model.addAttribute("mailServerConfigured", mailServer.isConfigured());
		return "messaging/email-message";
	}
}
