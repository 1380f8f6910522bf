package com.growthhub.journeys.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactSection;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** The contact's journeys on its page, newest first, with the step each one waits on; and starting another. */
@Component
class ContactJourneysSection implements ContactSection {

	/** More than a person reads on a contact's page; the journeys API filters by contact for the rest. */
	static final int LIMIT = 50;

	private final Journeys journeys;
	private final JourneyTemplates templates;

	ContactJourneysSection(Journeys journeys, JourneyTemplates templates) {
		this.journeys = journeys;
		this.templates = templates;
	}

	/**
	 * A journey as the section (and the API's {@code related} answer) shows it: {@code name} is its template's name
	 * when it started; {@code currentStep} the first step not done yet, none when all are.
	 */
	record ContactJourney(UUID id, String name, String status, @Nullable Step currentStep, long stepsDone,
			int stepsTotal) {

		static ContactJourney of(JourneyView journey) {
			Step current = journey.steps()
				.stream()
				.filter(step -> !step.done())
				.findFirst()
				.map(step -> new Step(step.title(), step.dueOn()))
				.orElse(null);
			return new ContactJourney(journey.id(), journey.name(), journey.status().key(), current,
					journey.steps().stream().filter(JourneyView.Step::done).count(), journey.steps().size());
		}
	}

	record Step(String title, LocalDate dueOn) {
	}

	record TemplateChoice(UUID id, String name) {
	}

	@Override
	public String key() {
		return "journeys";
	}

	@Override
	public String titleKey() {
		return "journeys.contact.title";
	}

	@Override
	public String fragment() {
		return "journeys/contact-journeys :: section";
	}

	@Override
	public int order() {
		return 20;
	}

	/** {@link Journeys#list} applies the organization's member visibility itself. */
	@Override
	public Map<String, Object> model(OrganizationId organization, Actor actor, ContactId contact) {
		Journeys.Page page = journeys.list(organization, actor, contact.value(), null, null, LIMIT);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("contactId", contact.value());
		model.put("items", page.items().stream().map(ContactJourney::of).toList());
		model.put("more", page.nextCursor() != null);
		model.put("templates", templates.list(organization, actor)
			.stream()
			.map(template -> new TemplateChoice(template.id(), template.name()))
			.toList());
		return model;
	}
}
