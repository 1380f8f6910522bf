package com.growthhub.masterclasses.web;

import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.masterclasses.internal.transcripts.ClassFacts;
import com.growthhub.masterclasses.internal.transcripts.ClassLookup;
import com.growthhub.masterclasses.internal.transcripts.SubtitleParseException;
import com.growthhub.masterclasses.internal.transcripts.TranscriptAccess;
import com.growthhub.masterclasses.internal.transcripts.TranscriptReader;
import com.growthhub.masterclasses.internal.transcripts.TranscriptSearch;
import com.growthhub.masterclasses.internal.transcripts.TranscriptStore;
import com.growthhub.masterclasses.internal.transcripts.TranscriptUploads;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

import jakarta.servlet.http.HttpServletResponse;

/** A masterclass's transcript page (upload with errors by line, the segments) and the transcript search page. */
@Controller
class TranscriptController {

	private static final int PAGE = 500;

	private final TranscriptStore store;
	private final TranscriptReader reader;
	private final TranscriptSearch search;
	private final TranscriptAccess access;
	private final ClassLookup classes;
	private final TenantTransactions transactions;
	private final TranscriptSpeechModel speech;

	TranscriptController(TranscriptStore store, TranscriptReader reader, TranscriptSearch search,
			TranscriptAccess access, ClassLookup classes, TenantTransactions transactions, TranscriptSpeechModel speech) {
		this.store = store;
		this.reader = reader;
		this.search = search;
		this.access = access;
		this.classes = classes;
		this.transactions = transactions;
		this.speech = speech;
	}

	@GetMapping("/masterclasses/{id}/transcripts")
	String page(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		access.checkRead(organization, actor);
		ClassFacts masterclass = transactions.call(organization, actor, () -> classes.require(organization, id));
		model.addAttribute("masterclass", masterclass);
		model.addAttribute("page", reader.segments(organization, actor, id, PageCursor.parse(cursor), PAGE));
		speech.addTo(organization, actor, id, model);
		return "masterclasses/transcript";
	}

	@PostMapping("/masterclasses/{id}/transcripts")
	String upload(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam("file") MultipartFile file, @RequestParam(required = false) @Nullable String language,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		try {
			store.upload(organization, actor, id, TranscriptUploads.bytes(file), file.getOriginalFilename(), language);
		}
		catch (SubtitleParseException refused) {
			model.addAttribute("uploadErrors", refused.errors());
			model.addAttribute("uploadProblem", refused.getMessage());
			model.addAttribute("uploadedName", file.getOriginalFilename());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(organization, actor, id, null, model);
		}
		catch (ErrorResponseException refused) {
			RefusedAction.flash(redirect, refused);
			return "redirect:/masterclasses/" + id + "/transcripts";
		}
		redirect.addFlashAttribute("notice", "transcripts.uploaded");
		return "redirect:/masterclasses/" + id + "/transcripts";
	}

	@PostMapping("/masterclasses/{id}/transcripts/speech-to-text")
	String transcribe(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam("recording") MultipartFile recording, RedirectAttributes redirect) throws IOException {
		try {
			speech.start(organization, actor, id, recording);
			redirect.addFlashAttribute("notice", "transcripts.speech.queued");
		}
		catch (ErrorResponseException refused) {
			RefusedAction.flash(redirect, refused);
		}
		return "redirect:/masterclasses/" + id + "/transcripts";
	}

	@GetMapping("/transcripts/search")
	String search(OrganizationId organization, Actor actor, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		access.checkRead(organization, actor);
		model.addAttribute("q", q);
		if (!q.isBlank()) {
			model.addAttribute("results",
					search.search(organization, actor, q, PageCursor.parse(cursor), TranscriptSearch.DEFAULT_LIMIT));
		}
		return "masterclasses/transcript-search";
	}
}
