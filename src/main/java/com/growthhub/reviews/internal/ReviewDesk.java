package com.growthhub.reviews.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactImports;
import com.growthhub.platform.ai.Draft;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.reviews.ReviewReplies;
import com.growthhub.shared.OrganizationId;

/**
 * What people do to a review: have a reply drafted, write it, approve it, post it, flag it. Every move is checked by
 * the review's state, written on its history, and in privacy mode a reply that confirms the reviewer is a patient or
 * names a treatment is neither approved nor posted.
 */
@Service
public class ReviewDesk {

	private static final int MAX_REPLY = 4096;

	private final ReviewRepository reviews;
	private final ReviewRuleRepository rules;
	private final ReviewDrafts drafts;
	private final ContactImports contacts;
	private final List<ReviewReplies> replies;
	private final TenantTransactions transactions;
	private final Clock clock;
	private final ReviewHubReport hub;
	private final ReviewAccess access;

	ReviewDesk(ReviewRepository reviews, ReviewRuleRepository rules, ReviewDrafts drafts, ContactImports contacts,
			List<ReviewReplies> replies, TenantTransactions transactions, ObjectProvider<Clock> clock,
			ReviewHubReport hub, ReviewAccess access) {
		this.hub = hub;
		this.access = access;
		this.reviews = reviews;
		this.rules = rules;
		this.drafts = drafts;
		this.contacts = contacts;
		this.replies = replies;
		this.transactions = transactions;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** A reply drafted by the AI port in the organization's tone (the template drafter without a model). */
	public ReviewView generateDraft(OrganizationId organization, Actor actor, UUID id) {
		ReviewView review = transactions.call(organization, actor, () -> find(organization, id));
		review.state().draft();
		Draft draft = drafts.draft(review, rules(organization, actor), privacyMode(organization, actor));
		return write(organization, actor, id, draft.text(), draft.source(), "drafted by " + draft.source());
	}

	/** A reply written or edited by a person; an approved reply edited needs approving again. */
	public ReviewView editReply(OrganizationId organization, Actor actor, UUID id, @Nullable String text) {
		if (text == null || text.isBlank()) {
			throw ReviewInputException.field("replyText", "must not be blank");
		}
		if (text.length() > MAX_REPLY) {
			throw ReviewInputException.field("replyText", "must be at most " + MAX_REPLY + " characters");
		}
		return write(organization, actor, id, text.strip(), "person", "edited");
	}

	public ReviewView approve(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> {
			ReviewView review = lock(organization, id);
			ReviewState next = review.state().approve();
			if (rules.find(organization).clientApprovalRequired()) {
				access.clientApproves(organization, actor);
			}
			checkPrivacy(organization, actor, review.replyText());
			reviews.approved(id, actor.requireUserId());
			reviews.history(organization, id, review.state(), next, actor, null);
			hub.changed(organization);
			return find(organization, id);
		});
	}

	/** Posts the reply at the provider, then marks the review responded; a provider's refusal changes nothing here. */
	public ReviewView respond(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> {
			ReviewView review = lock(organization, id);
			ReviewState next = review.state().respond(rules.find(organization).clientApprovalRequired());
			String text = review.replyText();
			if (text == null || text.isBlank()) {
				throw ReviewRefusedException.emptyReply();
			}
			checkPrivacy(organization, actor, text);
			replies.stream().filter(publisher -> publisher.handles(review.provider())).findFirst()
				.ifPresent(publisher -> publisher.post(organization, review.provider(), review.locationExternalId(),
						review.externalId(), text));
			reviews.responded(id, text, null, clock.instant());
			reviews.history(organization, id, review.state(), next, actor, "posted to " + review.provider());
			hub.changed(organization);
			return find(organization, id);
		});
	}

	public ReviewView flag(OrganizationId organization, Actor actor, UUID id, @Nullable String reason) {
		String why = reason == null || reason.isBlank() ? "Needs a person" : reason.strip();
		return transactions.call(organization, actor, () -> {
			ReviewView review = lock(organization, id);
			ReviewState next = review.state().flag();
			reviews.flagged(id, why);
			reviews.history(organization, id, review.state(), next, actor, why);
			hub.changed(organization);
			return find(organization, id);
		});
	}

	/** Why privacy mode would refuse the review's reply as it stands; empty when it may go (or privacy mode is off). */
	public Optional<String> privacyRefusal(OrganizationId organization, Actor actor, @Nullable String reply) {
		if (reply == null || !privacyMode(organization, actor)) {
			return Optional.empty();
		}
		return ReplyPrivacyCheck.refusal(reply);
	}

	public ReviewRules rules(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> rules.find(organization));
	}

	public ReviewRules saveRules(OrganizationId organization, Actor actor, ReviewRules changed) {
		return transactions.call(organization, actor, () -> {
			rules.save(organization, changed);
			return rules.find(organization);
		});
	}

	private ReviewView write(OrganizationId organization, Actor actor, UUID id, String text, String source,
			String note) {
		return transactions.call(organization, actor, () -> {
			ReviewView review = lock(organization, id);
			ReviewState next = review.state().draft();
			reviews.reply(id, next, text, source);
			reviews.history(organization, id, review.state(), next, actor, note);
			hub.changed(organization);
			return find(organization, id);
		});
	}

	private void checkPrivacy(OrganizationId organization, Actor actor, @Nullable String reply) {
		privacyRefusal(organization, actor, reply).ifPresent(reason -> {
			throw ReviewRefusedException.privacy(reason);
		});
	}

	private boolean privacyMode(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> contacts.rules(organization).privacyMode());
	}

	private ReviewView find(OrganizationId organization, UUID id) {
		return reviews.find(organization, id).orElseThrow(() -> NotFoundException.of("The review"));
	}

	private ReviewView lock(OrganizationId organization, UUID id) {
		return reviews.lock(organization, id).orElseThrow(() -> NotFoundException.of("The review"));
	}
}
