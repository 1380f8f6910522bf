package com.growthhub.eventplanning.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;

import com.growthhub.eventplanning.internal.EventInputException;
import com.growthhub.eventplanning.internal.EventType;
import com.growthhub.identity.Members;
import com.growthhub.shared.OrganizationId;

/** What the event pages share: the choices of the form and the refusals that belong next to a field. */
final class EventPageModel {

	private EventPageModel() {
	}

	static void formChoices(Model model, Members members, OrganizationId organization) {
		model.addAttribute("types", EventType.values());
		model.addAttribute("people", members.list(organization).stream()
			.collect(Collectors.toMap(Members.Member::userId, Members.Member::name, (a, b) -> a, java.util.LinkedHashMap::new)));
	}

	static Map<UUID, String> people(Members members, OrganizationId organization) {
		return members.list(organization).stream()
			.collect(Collectors.toMap(Members.Member::userId, Members.Member::name, (a, b) -> a));
	}

	/** A refusal naming fields of the form goes next to them; answers whether it did. */
	static boolean onFields(ErrorResponseException ex, BindingResult binding) {
		if (!(ex instanceof EventInputException input)) {
			return false;
		}
		input.errors().forEach(error -> {
			String field = switch (error.get("field")) {
				case "budgetCents" -> "budget";
				default -> error.get("field");
			};
			binding.rejectValue(field, "refused", error.get("message"));
		});
		return true;
	}
}
