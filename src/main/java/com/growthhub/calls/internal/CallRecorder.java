package com.growthhub.calls.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.growthhub.calls.CallId;
import com.growthhub.calls.CallLog;
import com.growthhub.calls.CallLogged;
import com.growthhub.calls.IncomingCall;
import com.growthhub.calls.RecordedCall;
import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * {@link CallLog}: stores what a provider reports. Classification runs between two short transactions, because a
 * model may take seconds; the second one locks the call and applies the verdict only if the transcript it read is
 * still the call's. A provider's rating is taken when it differs from the one the provider last held (a person changed
 * it there), never while a rating changed here is still being pushed, and never announced back.
 */
@Service
class CallRecorder implements CallLog {

	private final CallRepository calls;
	private final CallClassifier classifier;
	private final CallerContacts contacts;
	private final CallClassifications classifications;
	private final TenantTransactions transactions;
	private final CallNews news;
	private final ApplicationEventPublisher events;

	CallRecorder(CallRepository calls, CallClassifier classifier, CallerContacts contacts,
			CallClassifications classifications, TenantTransactions transactions, CallNews news,
			ApplicationEventPublisher events) {
		this.news = news;
		this.events = events;
		this.calls = calls;
		this.classifier = classifier;
		this.contacts = contacts;
		this.classifications = classifications;
		this.transactions = transactions;
	}

	@Override
	public RecordedCall record(OrganizationId organization, String provider, IncomingCall call) {
		if (!provider.matches("[a-z][a-z0-9_]{1,39}") || call.externalId().isBlank()) {
			throw new IllegalArgumentException("A call needs a provider key and an external id");
		}
		Actor actor = new Actor.Integration(provider);
		Optional<CallView> before = transactions.call(organization, actor,
				() -> calls.findByExternalId(organization, provider, call.externalId()));
		boolean classify = before.isEmpty()
				|| !before.get().categorySetByPerson() && !before.get().transcript().equals(call.transcript());
		CallVerdict verdict = classify ? classifier.classify(call.status(), call.durationSeconds(), call.transcript())
				: null;
		return transactions.call(organization, actor, () -> {
			Optional<CallView> current = calls.lockByExternalId(organization, provider, call.externalId());
			if (current.isEmpty()) {
				Optional<RecordedCall> created = create(organization, actor, provider, call, verdict);
				if (created.isPresent()) {
					news.changed(organization, created.get().callId().value());
					return created.get();
				}
				current = calls.lockByExternalId(organization, provider, call.externalId());
			}
			CallView stored = current.orElseThrow();
			RecordedCall updated = update(organization, provider, stored, call, verdict);
			if (!calls.find(organization, stored.id()).orElseThrow().equals(stored)) {
				news.changed(organization, stored.id());
			}
			return updated;
		});
	}

	private Optional<RecordedCall> create(OrganizationId organization, Actor actor, String provider, IncomingCall call,
			@Nullable CallVerdict verdict) {
		CallerContacts.Caller caller = contacts.match(organization, actor, call);
		UUID id = Ids.next();
		UUID contactId = caller == null ? null : caller.contactId();
		if (!calls.insert(organization, id, provider, call, caller == null ? null : caller.phone(), contactId)) {
			return Optional.empty();
		}
		CallView stored = calls.find(organization, id).orElseThrow();
		boolean classified = verdict != null && classifications.apply(organization, stored, verdict, false);
		boolean ratingTaken = false;
		if (call.rating() != null) {
			takeProviderRating(organization, provider, calls.find(organization, id).orElseThrow(), call.rating());
			ratingTaken = true;
		}
		if (contactId != null) {
			contacts.logCall(organization, actor, contactId, id, call);
		}
		events.publishEvent(new CallLogged(organization, CallId.of(id), provider,
				contactId == null ? null : ContactId.of(contactId), call.startedAt()));
		return Optional.of(new RecordedCall(CallId.of(id), true, ratingTaken, classified));
	}

	private RecordedCall update(OrganizationId organization, String provider, CallView current, IncomingCall call,
			@Nullable CallVerdict verdict) {
		boolean transcriptChanged = !current.transcript().equals(call.transcript());
		calls.updateFacts(current.id(), call);
		boolean reclassified = false;
		if (verdict != null && transcriptChanged && !current.categorySetByPerson()) {
			reclassified = classifications.apply(organization, calls.find(organization, current.id()).orElseThrow(),
					verdict, false);
		}
		boolean ratingTaken = false;
		Integer incoming = call.rating();
		if (!current.ratingPushPending() && !Objects.equals(incoming, current.providerRating())) {
			CallView fresh = calls.find(organization, current.id()).orElseThrow();
			if (Objects.equals(incoming, fresh.rating())) {
				calls.providerHolds(current.id(), incoming);
			}
			else {
				takeProviderRating(organization, provider, fresh, incoming);
				ratingTaken = true;
			}
		}
		return new RecordedCall(CallId.of(current.id()), false, ratingTaken, reclassified);
	}

	/** A person changed the stars at the provider: ours follow, with the category, and nothing is announced. */
	private void takeProviderRating(OrganizationId organization, String provider, CallView call,
			@Nullable Integer rating) {
		CallCategory category = CallCategory.forRating(rating, call.category());
		calls.rated(call.id(), category, rating, true, false, rating);
		calls.history(organization, call.id(), "rating", call.rating(), rating, CallHistoryEntry.PROVIDER, null, provider);
		calls.history(organization, call.id(), "category", call.category(), category, CallHistoryEntry.PROVIDER, null,
				provider);
		calls.history(organization, call.id(), "reviewed", call.reviewed(), true, CallHistoryEntry.PROVIDER, null,
				provider);
	}

	@Override
	public void ratingPushed(OrganizationId organization, CallId callId, @Nullable Integer rating) {
		transactions.run(organization, new Actor.Job("call-rating-push"),
				() -> calls.pushed(organization, callId.value(), rating));
	}
}
