package com.growthhub.messaging.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.messaging.LineMembers;
import com.growthhub.messaging.internal.lines.LineUsage;
import com.growthhub.messaging.internal.lines.LineView;
import com.growthhub.messaging.internal.lines.Lines;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/**
 * Settings › Lines (owners and admins): the lines with today's usage (the table asks again every few seconds), the
 * entitlements, and the forms to add, change, activate and remove a line.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class LineController {

	private final Lines lines;
	private final LineUsage usage;
	private final LineMembers members;

	LineController(Lines lines, LineUsage usage, LineMembers members) {
		this.lines = lines;
		this.usage = usage;
		this.members = members;
	}

	@GetMapping("/settings/lines")
	String list(OrganizationId organization, Actor actor, Model model) {
		rows(organization, actor, model);
		model.addAttribute("entitlements", lines.entitlements(organization, actor));
		return "messaging/lines";
	}

	@GetMapping("/settings/lines/rows")
	String rows(OrganizationId organization, Actor actor, Model model) {
		List<LineView> all = lines.list(organization, actor);
		model.addAttribute("lines", all);
		model.addAttribute("usage", usage.of(organization, actor, all));
		Map<UUID, String> names = new HashMap<>();
		members.list(organization).forEach(member -> names.put(member.userId(), member.name()));
		model.addAttribute("memberNames", names);
		return "messaging/lines :: rows";
	}

	@GetMapping("/settings/lines/new")
	String create(OrganizationId organization, Model model) {
		model.addAttribute("form", LineForm.empty());
		model.addAttribute("members", members.list(organization));
		return "messaging/line-form";
	}

	@GetMapping("/settings/lines/{id}")
	String edit(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		LineView line = lines.find(organization, actor, id);
		model.addAttribute("line", line);
		model.addAttribute("form", LineForm.of(line));
		model.addAttribute("members", members.list(organization));
		return "messaging/line-form";
	}

	@PostMapping("/settings/lines")
	String add(OrganizationId organization, Actor actor, LineForm form, RedirectAttributes redirect) {
		try {
			lines.create(organization, actor, form.toDraft());
			redirect.addFlashAttribute("notice", "lines.added");
			return "redirect:/settings/lines";
		}
		catch (ErrorResponseException refused) {
			RefusedAction.flash(redirect, refused);
			return "redirect:/settings/lines/new";
		}
	}

	@PostMapping("/settings/lines/{id}")
	String save(OrganizationId organization, Actor actor, @PathVariable UUID id, LineForm form,
			RedirectAttributes redirect) {
		return refusedOrBack(redirect, "/settings/lines/" + id, () -> lines.update(organization, actor, id, form.toChanges()),
				"lines.saved");
	}

	@PostMapping("/settings/lines/{id}/picture")
	String picture(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) {
		return refusedOrBack(redirect, "/settings/lines/" + id, () -> {
			try (InputStream content = file.getInputStream()) {
				lines.changePicture(organization, actor, id, content, file.getOriginalFilename());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, "lines.pictureChanged");
	}

	@PostMapping("/settings/lines/{id}/activate")
	String activate(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return refusedOrBack(redirect, "/settings/lines", () -> lines.activate(organization, actor, id), "lines.activated");
	}

	@PostMapping("/settings/lines/{id}/delete")
	String delete(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return refusedOrBack(redirect, "/settings/lines", () -> lines.delete(organization, actor, id), "lines.deleted");
	}

	private static String refusedOrBack(RedirectAttributes redirect, String back, Runnable action, @Nullable String notice) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ErrorResponseException refused) {
			RefusedAction.flash(redirect, refused);
		}
		return "redirect:" + back;
	}
}
