package com.growthhub.onboarding.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.identity.ClientAccount;
import com.growthhub.identity.ClientAccounts;
import com.growthhub.identity.Members;
import com.growthhub.identity.NewClientAccount;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * The agency's side: create a client with its onboarding and invitation, follow its progress, send a new link, and
 * reveal a credential the client handed over. Members and up see progress; owners and admins do the rest.
 */
@Service
public class ClientOnboarding {

	private static final int LIST_LIMIT = 500;

	private final ClientAccounts clientAccounts;
	private final Members members;
	private final OnboardingProfiles profiles;
	private final OnboardingTokens tokens;
	private final OnboardingCredentials credentials;
	private final OnboardingEmails emails;
	private final OnboardingSettings settings;
	private final TenantTransactions transactions;
	private final OnboardingWizard wizard;
	private final OnboardingPlans plans;

	ClientOnboarding(ClientAccounts clientAccounts, Members members, OnboardingProfiles profiles, OnboardingTokens tokens,
			OnboardingCredentials credentials, OnboardingEmails emails, OnboardingSettings settings,
			TenantTransactions transactions, OnboardingWizard wizard, OnboardingPlans plans) {
		this.plans = plans;
		this.wizard = wizard;
		this.clientAccounts = clientAccounts;
		this.members = members;
		this.profiles = profiles;
		this.tokens = tokens;
		this.credentials = credentials;
		this.emails = emails;
		this.settings = settings;
		this.transactions = transactions;
	}

	/** A client's onboarding for the agency's pages: the profile, its latest link and its credentials, masked. */
	public record Progress(OnboardingProfile profile, @Nullable TokenState linkState, @Nullable Instant linkExpiresAt,
			List<OnboardingCredentials.MaskedCredential> credentials, List<OnboardingCredentials.Reveal> reveals) {
	}

	/** Creates the client account (identity), its onboarding and the invitation email. */
	public OnboardingProfile create(OrganizationId agency, Actor actor, NewClientAccount client) {
		transactions.run(TenantScope.acting(agency, actor), () -> require(agency, actor, Role.ADMIN));
		ClientAccount account = clientAccounts.create(agency, client, actor);
		return wizard.reported(open(account, actor));
	}

	/**
	 * The onboarding of a client account, started (profile, link, invitation) unless it already was: both the create
	 * call and the {@code ClientAccountCreated} listener come here, whichever is first.
	 */
	OnboardingProfile open(ClientAccount account, Actor actor) {
		OrganizationId agency = account.agencyId();
		return transactions.call(TenantScope.acting(agency, actor), () -> {
			Optional<OnboardingProfile> existing = profiles.findByClientAccount(agency, account.id());
			if (existing.isPresent() || account.firstUserId() == null) {
				return existing.orElseThrow(() -> NotFoundException.of("Client user"));
			}
			OnboardingSettings.Plan plan = plans.plan(agency, account.clientType());
			OnboardingProfile profile = new OnboardingProfile(Ids.next(), agency, account.id(), account.firstUserId(),
					account.name(), account.clientType(), account.contactName(), account.contactEmail(), account.services(),
					plan.orderedSteps(), plan.requiredSteps(), java.util.Map.of(), List.of(), null, null, Instant.now());
			if (!profiles.insert(profile, actor.userId())) {
				return profiles.findByClientAccount(agency, account.id()).orElseThrow();
			}
			emails.invite(profile, tokens.issue(agency, profile.id(), Instant.now().plus(settings.linkValidity()), false));
			return profiles.find(agency, profile.id()).orElseThrow();
		});
	}

	public List<OnboardingProfile> list(OrganizationId agency, Actor actor) {
		return transactions.call(TenantScope.acting(agency, actor), () -> {
			require(agency, actor, Role.MEMBER);
			return profiles.list(agency, LIST_LIMIT);
		});
	}

	public Progress progress(OrganizationId agency, Actor actor, UUID id) {
		return transactions.call(TenantScope.acting(agency, actor), () -> {
			require(agency, actor, Role.MEMBER);
			OnboardingProfile profile = find(agency, id);
			Optional<OnboardingTokens.Link> link = tokens.latest(agency, profile.id());
			return new Progress(profile, link.map(OnboardingTokens.Link::state).orElse(null),
					link.map(OnboardingTokens.Link::expiresAt).orElse(null), credentials.masked(agency, profile.id()),
					credentials.reveals(agency, profile.id()));
		});
	}

	/** A new link by email; the previous one stops working. */
	public Progress resendInvitation(OrganizationId agency, Actor actor, UUID id) {
		transactions.run(TenantScope.acting(agency, actor), () -> {
			require(agency, actor, Role.ADMIN);
			OnboardingProfile profile = find(agency, id);
			if (profile.completed()) {
				throw OnboardingRefusedException.alreadyCompleted();
			}
			if (profile.activatedAt() != null) {
				throw OnboardingRefusedException.alreadyActivated();
			}
			emails.invite(profile, tokens.issue(agency, profile.id(), Instant.now().plus(settings.linkValidity()), false));
		});
		return progress(agency, actor, id);
	}

	/** The secret of one credential, for owners and admins only; every reveal is recorded. */
	public String reveal(OrganizationId agency, Actor actor, UUID id, UUID credentialId) {
		return transactions.call(TenantScope.acting(agency, actor), () -> {
			require(agency, actor, Role.ADMIN);
			return credentials.reveal(agency, find(agency, id).id(), credentialId, actor.requireUserId());
		});
	}

	private OnboardingProfile find(OrganizationId agency, UUID id) {
		return profiles.find(agency, id).orElseThrow(() -> NotFoundException.of("Client onboarding"));
	}

	private void require(OrganizationId agency, Actor actor, Role role) {
		UUID userId = actor.userId();
		if (userId == null) {
			return;
		}
		Role actual = members.roleOf(agency, userId).orElse(Role.CLIENT);
		if (!actual.atLeast(role)) {
			throw OnboardingRefusedException.forbidden(role == Role.ADMIN
					? "Only the agency's owners and admins do this."
					: "Only the agency's members see its clients' onboarding.");
		}
	}
}
