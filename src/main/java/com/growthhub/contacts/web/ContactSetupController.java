package com.growthhub.contacts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.internal.ContactSettings;
import com.growthhub.contacts.internal.ContactSettingsSection;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition.FieldType;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Settings › Contact fields (admins): the organization's custom fields and its contact rules
 * (privacy mode, member visibility, phone region, required standard fields). The rules live here rather than on General
 * because identity's pages must not know about contacts.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ContactSetupController {

	static final String VIEW = "contacts/setup/fields";

	private final CustomFields customFields;
	private final ContactSettingsSection rules;

	ContactSetupController(CustomFields customFields, ContactSettingsSection rules) {
		this.customFields = customFields;
		this.rules = rules;
	}

	/** @param options one per line, for select fields */
	record FieldForm(@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,49}",
			message = "must be lower-case letters, digits and _ starting with a letter") @Nullable String key,
			@NotBlank @Size(max = 100) @Nullable String label, @NotNull @Nullable FieldType type,
			@Size(max = 5000) @Nullable String options, @Nullable Boolean required) {

		FieldForm {
			// An unticked checkbox sends nothing.
			required = Boolean.TRUE.equals(required);
		}

		List<String> optionList() {
			return options == null ? List.of()
					: Arrays.stream(options.split("\\R")).map(String::strip).filter(o -> !o.isEmpty()).toList();
		}
	}

	/** @param requiredFields the ticked standard fields; the first name is always among them */
	record RulesForm(@Nullable Boolean privacyMode, @NotBlank @Pattern(regexp = "all|own") @Nullable String memberVisibility,
			@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code")
			@Nullable String defaultRegion, @Nullable List<String> requiredFields) {

		RulesForm {
			privacyMode = Boolean.TRUE.equals(privacyMode);
			// Unticked boxes send nothing, and the first name's box cannot be unticked.
			requiredFields = Stream.concat(Stream.of("firstName"), requiredFields == null ? Stream.of() : requiredFields.stream())
				.distinct().toList();
		}
	}

	@GetMapping("/settings/contact-fields")
	String show(OrganizationId organization, Model model) {
		model.addAttribute("field", new FieldForm("", "", FieldType.STRING, "", false));
		model.addAttribute("rules", currentRules(organization));
		return page(organization, model);
	}

	@PostMapping("/settings/contact-fields")
	String create(OrganizationId organization, Actor actor, @Valid @ModelAttribute("field") FieldForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				int position = customFields.list(organization).size();
				customFields.create(organization, actor, form.key(), form.label(), form.type(), form.optionList(),
						Boolean.TRUE.equals(form.required()), position);
				redirect.addFlashAttribute("notice", "contacts.setup.fields.created");
				return "redirect:/settings/contact-fields";
			}
			catch (ProblemException ex) {
				ContactProblems.reject(result, model, ex);
			}
		}
		model.addAttribute("rules", currentRules(organization));
		return page(organization, model);
	}

	@PostMapping("/settings/contact-fields/{id}/delete")
	String delete(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		customFields.delete(organization, actor, id);
		redirect.addFlashAttribute("notice", "contacts.setup.fields.deleted");
		return "redirect:/settings/contact-fields";
	}

	@PostMapping("/settings/contact-fields/rules")
	String saveRules(OrganizationId organization, Actor actor, @Valid @ModelAttribute("rules") RulesForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				rules.update(organization, actor, Map.of("privacyMode", Boolean.TRUE.equals(form.privacyMode()),
						"memberVisibility", form.memberVisibility(), "defaultRegion", form.defaultRegion(),
						"requiredFields", form.requiredFields()));
				redirect.addFlashAttribute("notice", "contacts.setup.rules.saved");
				return "redirect:/settings/contact-fields";
			}
			catch (ProblemException ex) {
				ContactProblems.reject(result, model, ex);
			}
		}
		model.addAttribute("field", new FieldForm("", "", FieldType.STRING, "", false));
		return page(organization, model);
	}

	private RulesForm currentRules(OrganizationId organization) {
		Map<String, Object> values = rules.read(organization);
		return new RulesForm(Boolean.TRUE.equals(values.get("privacyMode")), String.valueOf(values.get("memberVisibility")),
				String.valueOf(values.get("defaultRegion")), requiredFields(values.get("requiredFields")));
	}

	private static List<String> requiredFields(@Nullable Object value) {
		return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
	}

	private String page(OrganizationId organization, Model model) {
		model.addAttribute("requirable", ContactSettings.REQUIRABLE);
		model.addAttribute("fields", customFields.list(organization));
		model.addAttribute("fieldTypes", FieldType.values());
		model.addAttribute("limit", CustomFields.LIMIT);
		if (!model.containsAttribute("customErrors")) {
			model.addAttribute("customErrors", Map.of());
		}
		return VIEW;
	}
}
