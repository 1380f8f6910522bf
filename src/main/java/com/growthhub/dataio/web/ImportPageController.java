package com.growthhub.dataio.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.ContactImports;
import com.growthhub.contacts.PrivacyMode;
import com.growthhub.dataio.internal.ColumnMapping;
import com.growthhub.dataio.internal.ImportJobs;
import com.growthhub.dataio.internal.ImportStarter;
import com.growthhub.dataio.internal.ImportUploads;
import com.growthhub.dataio.internal.ImportView;
import com.growthhub.dataio.internal.InvalidImportException;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** Contacts › Import: upload, map the columns with a preview, follow the progress, fix the errors, undo. */
@Controller
class ImportPageController {

	private final ImportUploads uploads;
	private final ImportStarter starter;
	private final ImportJobs imports;
	private final ContactImports contacts;

	ImportPageController(ImportUploads uploads, ImportStarter starter, ImportJobs imports, ContactImports contacts) {
		this.uploads = uploads;
		this.starter = starter;
		this.imports = imports;
		this.contacts = contacts;
	}

	@GetMapping("/imports")
	String list(@RequestParam(required = false) @Nullable String cursor, OrganizationId organization, Model model) {
		model.addAttribute("page", imports.list(organization, cursor, 20));
		return "dataio/imports";
	}

	@PostMapping("/imports/upload")
	String upload(@RequestParam("file") MultipartFile file, OrganizationId organization, RedirectAttributes redirect) {
		if (file.isEmpty()) {
			RefusedAction.flash(redirect, "imports.upload.empty");
			return "redirect:/imports";
		}
		String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
		try {
			ImportUploads.Upload upload = uploads.receive(organization, name, file::transferTo);
			redirect.addAttribute("name", name);
			return "redirect:/imports/uploads/" + upload.id();
		}
		catch (InvalidImportException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/imports";
		}
	}

	@GetMapping("/imports/uploads/{id}")
	String mapping(@PathVariable UUID id, @RequestParam(defaultValue = "upload.csv") String name,
			OrganizationId organization, Model model) {
		ImportUploads.Upload upload = uploads.upload(organization, id, name);
		model.addAttribute("upload", upload);
		model.addAttribute("targets", targets(upload));
		model.addAttribute("lists", contacts.lists(organization));
		model.addAttribute("tags", contacts.tags(organization));
		return "dataio/mapping";
	}

	/** Every target a column can take, with its label key or custom field label, in the select's order. */
	private static Map<String, String> targets(ImportUploads.Upload upload) {
		Map<String, String> targets = new LinkedHashMap<>();
		targets.put(ColumnMapping.SKIP, "imports.target.skip");
		PrivacyMode privacy = PrivacyMode.of(upload.privacyMode());
		for (String field : ContactImports.STANDARD_FIELDS) {
			if (privacy.allowsField(field)) {
				targets.put(field, "contacts.field." + field);
			}
		}
		upload.customFields().forEach(field -> targets.put(ContactImports.CUSTOM + field.key(), "custom:" + field.label()));
		if (privacy.allowsFreeText()) {
			targets.put(ColumnMapping.NEW_FIELD, "imports.target.new");
		}
		return targets;
	}

	/** Form fields {@code col.<index>} carry each column's target, in header order. */
	@PostMapping("/imports/uploads/{id}/start")
	String start(@PathVariable UUID id, @RequestParam(defaultValue = "upload.csv") String name,
			@RequestParam MultiValueMap<String, String> form, @RequestParam(defaultValue = "upsert") String dedupePolicy,
			@RequestParam(required = false) @Nullable UUID listId, @RequestParam(required = false) @Nullable String listName,
			@RequestParam(required = false) @Nullable List<UUID> tags, @RequestParam(defaultValue = "skip_row") String badValues,
			@RequestParam(defaultValue = "false") boolean fillEmptyOnly, OrganizationId organization, Actor actor,
			RedirectAttributes redirect) {
		ImportUploads.Upload upload = uploads.upload(organization, id, name);
		Map<String, String> mapping = new LinkedHashMap<>();
		List<String> headers = upload.headers();
		for (int i = 0; i < headers.size(); i++) {
			String target = form.getFirst("col." + i);
			mapping.put(headers.get(i), target == null ? ColumnMapping.SKIP : target);
		}
		try {
			ImportView started = starter.start(organization, actor, upload, mapping, new ImportStarter.Options(
					ImportApiController.policy(dedupePolicy), listId, listName, tags == null ? new ArrayList<>() : tags,
					ImportApiController.badValues(badValues), fillEmptyOnly));
			return "redirect:/imports/" + started.id();
		}
		catch (ErrorResponseException problem) {
			RefusedAction.flash(redirect, problem);
			redirect.addAttribute("name", name);
			return "redirect:/imports/uploads/" + id;
		}
	}

	@GetMapping("/imports/{id}")
	String show(@PathVariable UUID id, OrganizationId organization, Model model) {
		model.addAttribute("job", imports.find(organization, id));
		return "dataio/import";
	}

	@GetMapping(path = "/imports/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream(@PathVariable UUID id, OrganizationId organization) {
		return imports.follow(organization, id);
	}

	@PostMapping("/imports/{id}/cancel")
	String cancel(@PathVariable UUID id, OrganizationId organization, Actor actor, RedirectAttributes redirect) {
		imports.cancel(organization, actor, id);
		redirect.addFlashAttribute("notice", "imports.cancelled");
		return "redirect:/imports/" + id;
	}

	@PostMapping("/imports/{id}/undo")
	String undo(@PathVariable UUID id, OrganizationId organization, Actor actor, RedirectAttributes redirect) {
		imports.undo(organization, actor, id);
		redirect.addFlashAttribute("notice", "imports.undone");
		return "redirect:/imports/" + id;
	}
}
