package com.growthhub.forms.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.LeadCapture;
import com.growthhub.forms.FormId;
import com.growthhub.forms.FormSubmitted;
import com.growthhub.identity.Members;
import com.growthhub.messaging.Notifications;
import com.growthhub.pipeline.LeadDeals;
import com.growthhub.pipeline.PipelineId;
import com.growthhub.platform.ai.Classification;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One submission, all or nothing in one transaction of its organization: the contact found or created (with list,
 * tags and owner), a deal opened in the form's stage, a {@code form_submission} entry on the timeline with every
 * answer, the people named notified, {@link FormSubmitted} published (through the event publication registry) and
 * the row marked processed. The work is done as the person who created the form. If the row is no longer this
 * attempt's (its lease ran out and another node claimed it), everything rolls back: exactly once.
 */
@Component
class SubmissionWork {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, List<String>>> ANSWERS = new TypeReference<>() {
	};

	private final SubmissionRepository submissions;
	private final FormRepository forms;
	private final FormDefinitions definitions;
	private final TenantTransactions transactions;
	private final LeadCapture leads;
	private final ContactDirectory contacts;
	private final LeadDeals deals;
	private final Members members;
	private final Notifications notifications;
	private final ApplicationEventPublisher events;
	private final SubmissionClassifier classifier;

	SubmissionWork(SubmissionRepository submissions, FormRepository forms, FormDefinitions definitions,
			TenantTransactions transactions, LeadCapture leads, ContactDirectory contacts, LeadDeals deals,
			Members members, Notifications notifications, ApplicationEventPublisher events,
			SubmissionClassifier classifier) {
		this.classifier = classifier;
		this.submissions = submissions;
		this.forms = forms;
		this.definitions = definitions;
		this.transactions = transactions;
		this.leads = leads;
		this.contacts = contacts;
		this.deals = deals;
		this.members = members;
		this.notifications = notifications;
		this.events = events;
	}

	/** The row was claimed again by another node meanwhile: this attempt's work is rolled back and not retried. */
	static final class LeaseLostException extends RuntimeException {
		LeaseLostException() {
			super("lease lost", null, false, false);
		}
	}

	void process(OrganizationId organization, SubmissionRepository.Claimed claimed) {
		FormRepository.FormRow form = transactions.call(organization, new Actor.Job("form-submissions"),
				() -> forms.find(organization, claimed.formId()))
			.orElseThrow(() -> new IllegalStateException("the form was deleted"));
		UUID creator = Objects.requireNonNull(form.createdBy(), "the form has no creator to act as");
		Actor actor = new Actor.User(creator);
		FormDefinition definition = definitions.stored(transactions.call(organization, actor,
				() -> forms.version(organization, claimed.formId(), claimed.formVersion()))
			.orElseThrow(() -> new IllegalStateException("the version is missing")));
		Map<String, List<String>> answers = AnswerCheck.check(definition, JSON.readValue(claimed.answers(), ANSWERS));
		// Outside the transaction: a model may take seconds to answer.
		Classification classification = classifier.classify(definition, answers);
		if (!claimed.released() && SubmissionClassifier.isSpam(classification)) {
			transactions.run(organization, actor, () -> {
				if (!submissions.quarantine(claimed.id(), claimed.attempts(), "classified_spam", classification.label(),
						classification.confidence(), classification.source())) {
					throw new LeaseLostException();
				}
			});
			return;
		}
		transactions.run(organization, actor, () -> {
			LeadCapture.CapturedLead lead = leads.capture(organization, actor, LeadFromAnswers.lead(definition, answers));
			List<Map<String, Object>> timeline = LeadFromAnswers.timeline(definition, answers, lead.privacyMode());
			contacts.logInteraction(organization, actor, lead.contactId(), "form_submission",
					"Submitted the form " + form.name(), claimed.receivedAt(), Map.of("formId", form.id().toString(),
							"submissionId", claimed.id().toString(), "version", claimed.formVersion(), "answers", timeline));
			UUID dealId = openDeal(organization, actor, definition, lead, form.name());
			notify(organization, definition, form, claimed, lead, timeline);
			events.publishEvent(new FormSubmitted(organization, FormId.of(form.id()), claimed.id(), claimed.formVersion(),
					lead.contactId(), lead.created(), dealId, classification.label(), SubmissionUtm.of(definition, answers),
					claimed.receivedAt()));
			String redacted = lead.privacyMode() ? JSON.writeValueAsString(redact(definition, answers)) : null;
			if (!submissions.processed(claimed.id(), claimed.attempts(), lead.contactId().value(), dealId,
					classification.label(), classification.confidence(), classification.source(), redacted)) {
				throw new LeaseLostException();
			}
		});
	}

	private @Nullable UUID openDeal(OrganizationId organization, Actor actor, FormDefinition definition,
			LeadCapture.CapturedLead lead, String formName) {
		FormSettings settings = definition.settings();
		if (settings.pipelineId() == null) {
			return null;
		}
		return deals.open(organization, actor, PipelineId.of(settings.pipelineId()), settings.stageId(), lead.contactId(),
				formName + " lead", settings.ownerId(), settings.sourceLabel()).value();
	}

	private void notify(OrganizationId organization, FormDefinition definition, FormRepository.FormRow form,
			SubmissionRepository.Claimed claimed, LeadCapture.CapturedLead lead, List<Map<String, Object>> timeline) {
		List<Notifications.Recipient> recipients = definition.settings().notifyUserIds().stream()
			.map(userId -> members.find(organization, userId))
			.flatMap(Optional::stream)
			.map(member -> new Notifications.Recipient(member.userId(), member.email()))
			.toList();
		if (recipients.isEmpty()) {
			return;
		}
		String name = contacts.names(organization, new Actor.Job("form-submissions"), List.of(lead.contactId()))
			.getOrDefault(lead.contactId(), "Someone");
		// The answers as the timeline keeps them (privacy mode already applied), one "Label: value" per line.
		String answers = String.join("\n", timeline.stream().map(a -> a.get("label") + ": " + a.get("value")).toList());
		String email = timeline.stream().filter(a -> definition.field(String.valueOf(a.get("key")))
			.map(f -> f.type() == FieldType.EMAIL).orElse(false)).map(a -> String.valueOf(a.get("value"))).findFirst().orElse("");
		notifications.sendOnce("form-submission:" + claimed.id(), organization, recipients, FormNotificationTypes.SUBMISSION,
				name + " submitted " + form.name(), (lead.created() ? "A new contact" : "An existing contact")
						+ " sent the form " + form.name() + ".",
				"/contacts/" + lead.contactId().value(),
				Map.of("formName", form.name(), "contactName", name, "contactEmail", email, "answers", answers));
	}

	private static Map<String, List<String>> redact(FormDefinition definition, Map<String, List<String>> answers) {
		Map<String, List<String>> redacted = new java.util.LinkedHashMap<>(answers);
		definition.fields().stream()
			.filter(f -> f.type() == FieldType.TEXT || f.type() == FieldType.TEXTAREA)
			.filter(f -> f.mapsTo() == null || !f.mapsTo().equals("firstName"))
			.forEach(f -> redacted.computeIfPresent(f.key(), (k, v) -> List.of("(withheld: privacy mode)")));
		return redacted;
	}
}
