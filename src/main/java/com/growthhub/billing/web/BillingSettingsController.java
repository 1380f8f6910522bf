package com.growthhub.billing.web;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.billing.internal.invoices.BillingSettings;
import com.growthhub.billing.internal.lines.PhoneLineCharges;
import com.growthhub.platform.files.FileResponses;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** Billing settings page: the invoice number pattern, the payment terms and the seller (name, address, logo) printed on invoices. */
@Controller
class BillingSettingsController {

	private final BillingSettings settings;
	private final StoredFiles files;
	private final PhoneLineCharges phoneLines;

	BillingSettingsController(BillingSettings settings, StoredFiles files, PhoneLineCharges phoneLines) {
		this.settings = settings;
		this.files = files;
		this.phoneLines = phoneLines;
	}

	@GetMapping("/billing/settings")
	String show(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("settings", settings.read(organization, actor));
		model.addAttribute("hasLogo", settings.logo(organization, actor).isPresent());
		model.addAttribute("phoneLines", phoneLines.current(organization, actor));
		return "billing/settings";
	}

	@GetMapping("/billing/settings/logo")
	ResponseEntity<?> logo(OrganizationId organization, Actor actor, @RequestHeader HttpHeaders headers) {
		return FileResponses.serve(files, organization,
				settings.logo(organization, actor).orElseThrow(() -> NotFoundException.of("Logo")), headers, true);
	}

	@PostMapping(path = "/billing/settings/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String changeLogo(OrganizationId organization, Actor actor, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try (InputStream content = file.getInputStream()) {
			settings.changeLogo(organization, actor, content, file.getOriginalFilename());
			redirect.addFlashAttribute("notice", "billing.settings.logoSaved");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/billing/settings";
	}

	@PostMapping("/billing/settings/logo/remove")
	String removeLogo(OrganizationId organization, Actor actor, RedirectAttributes redirect) {
		try {
			settings.removeLogo(organization, actor);
			redirect.addFlashAttribute("notice", "billing.settings.logoRemoved");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/billing/settings";
	}

	@PostMapping("/billing/settings")
	String save(OrganizationId organization, Actor actor, @RequestParam String invoiceNumberPattern,
			@RequestParam(defaultValue = "14") int paymentTermsDays, @RequestParam(required = false) @Nullable String businessName,
			@RequestParam(required = false) @Nullable String businessAddress, RedirectAttributes redirect) {
		try {
			settings.update(organization, actor, new BillingSettings.Values(invoiceNumberPattern, paymentTermsDays,
					businessName, businessAddress));
			redirect.addFlashAttribute("notice", "billing.settings.saved");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/billing/settings";
	}
}
