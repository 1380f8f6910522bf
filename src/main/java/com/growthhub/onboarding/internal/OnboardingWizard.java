package com.growthhub.onboarding.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.growthhub.agency.AgencyHub;
import com.growthhub.identity.ClientAccount;
import com.growthhub.identity.ClientAccounts;
import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.messaging.Notifications;
import com.growthhub.onboarding.OnboardingCompleted;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * The client's side. Before the password is set, the invitation link is the credential: it is checked on every call
 * (active, not used, not replaced, not expired). Setting the password in the profile step consumes it; from then on
 * the client works signed in, as a user of their client account.
 */
@Service
public class OnboardingWizard {

	private final OnboardingTokens tokens;
	private final OnboardingProfiles profiles;
	private final OnboardingCredentials credentials;
	private final OnboardingEmails emails;
	private final ClientAccounts clientAccounts;
	private final Members members;
	private final Notifications notifications;
	private final ApplicationEventPublisher events;
	private final TenantTransactions transactions;
	private final AgencyHub hub;

	OnboardingWizard(OnboardingTokens tokens, OnboardingProfiles profiles, OnboardingCredentials credentials,
			OnboardingEmails emails, ClientAccounts clientAccounts, Members members, Notifications notifications,
			ApplicationEventPublisher events, TenantTransactions transactions, AgencyHub hub) {
		this.hub = hub;
		this.tokens = tokens;
		this.profiles = profiles;
		this.credentials = credentials;
		this.emails = emails;
		this.clientAccounts = clientAccounts;
		this.members = members;
		this.notifications = notifications;
		this.events = events;
		this.transactions = transactions;
	}

	/** The onboarding an active link opens; refused with the link's state otherwise. */
	public OnboardingProfile open(String token) {
		OnboardingTokens.Link link = activeLink(token);
		return inAgency(link.agency(), anonymous(), () -> profiles.find(link.agency(), link.profileId()).orElseThrow());
	}

	/** Saves one step through the link (any step but the profile, which {@link #activate} saves). */
	public OnboardingProfile save(String token, String step, Map<String, ?> input) {
		OnboardingTokens.Link link = activeLink(token);
		return reported(inAgency(link.agency(), anonymous(), () -> {
			OnboardingProfile profile = profiles.find(link.agency(), link.profileId()).orElseThrow();
			if (OnboardingStep.PROFILE.key().equals(step)) {
				throw OnboardingRefusedException.notActivated();
			}
			return saveStep(profile, step, input);
		}));
	}

	/**
	 * Step 1: the profile's answers and the password. {@code signIn} sets the password and signs the person in (a
	 * browser session or API tokens); only then is the link consumed, so a refused password leaves it usable.
	 */
	public <T> Activated<T> activate(String token, Map<String, ?> profileInput, Function<UUID, T> signIn) {
		OnboardingTokens.Link link = activeLink(token);
		OnboardingProfile before = inAgency(link.agency(), anonymous(),
				() -> profiles.find(link.agency(), link.profileId()).orElseThrow());
		StepAnswers answers = StepAnswers.check(OnboardingStep.PROFILE, profileInput, before.offeredServices());
		T session = signIn.apply(before.clientUserId());
		Actor client = new Actor.User(before.clientUserId());
		OnboardingProfile after = inAgency(link.agency(), client, () -> {
			tokens.consume(link.agency(), link.id());
			profiles.saveStep(link.agency(), before.id(), OnboardingStep.PROFILE.key(), answers.answers());
			profiles.markActivated(link.agency(), before.id());
			return profiles.find(link.agency(), before.id()).orElseThrow();
		});
		return new Activated<>(reported(after), session);
	}

	public record Activated<T>(OnboardingProfile profile, T session) {
	}

	/**
	 * The onboarding of the client account {@code organization} for its client user {@code actor}; 404 for anybody
	 * else (agency staff who opened the account included: it is the client's wizard).
	 */
	public OnboardingProfile mine(OrganizationId organization, Actor actor) {
		ClientAccount account = accountOf(organization, actor).orElseThrow(() -> NotFoundException.of("Onboarding"));
		return inAgency(account.agencyId(), actor, () -> profileOf(account));
	}

	/** Whether {@code actor} is a client user of the client account {@code organization}. */
	public boolean isClient(OrganizationId organization, Actor actor) {
		return accountOf(organization, actor).isPresent();
	}

	public OnboardingProfile saveMine(OrganizationId organization, Actor actor, String step, Map<String, ?> input) {
		ClientAccount account = accountOf(organization, actor).orElseThrow(() -> NotFoundException.of("Onboarding"));
		return reported(inAgency(account.agencyId(), actor, () -> saveStep(profileOf(account), step, input)));
	}

	/**
	 * Completes the onboarding once every required step is done: the links are revoked, the client gets a
	 * confirmation, the agency's managers a notification. Completing again answers the same.
	 */
	public OnboardingProfile complete(OrganizationId organization, Actor actor) {
		ClientAccount account = accountOf(organization, actor).orElseThrow(() -> NotFoundException.of("Onboarding"));
		return reported(inAgency(account.agencyId(), actor, () -> {
			OnboardingProfile profile = profileOf(account);
			if (profile.completed()) {
				return profile;
			}
			List<String> missing = profile.missingRequiredSteps();
			if (!missing.isEmpty()) {
				throw OnboardingRefusedException.stepsMissing(missing);
			}
			if (profiles.markCompleted(account.agencyId(), profile.id())) {
				tokens.revokeActive(account.agencyId(), profile.id());
				emails.completed(profile);
				notifyAgency(profile);
				events.publishEvent(new OnboardingCompleted(profile.agency(), profile.clientAccount(),
						profile.clientUserId(), Instant.now()));
			}
			return profiles.find(account.agencyId(), profile.id()).orElseThrow();
		}));
	}

	/** Tells the agency hub the figures it shows for the client account, after the agency's transaction committed. */
	OnboardingProfile reported(OnboardingProfile profile) {
		hub.onboardingProgress(profile.clientAccount(), profile.completedSteps().size(), profile.steps().size(),
				profile.completedAt());
		return profile;
	}

	/** The credentials the client gave, masked, as the wizard shows them back. */
	public List<OnboardingCredentials.MaskedCredential> credentials(OnboardingProfile profile) {
		return inAgency(profile.agency(), anonymous(), () -> credentials.masked(profile.agency(), profile.id()));
	}

	private OnboardingProfile saveStep(OnboardingProfile profile, String step, Map<String, ?> input) {
		if (profile.completed()) {
			throw OnboardingRefusedException.alreadyCompleted();
		}
		OnboardingStep known = OnboardingStep.fromKey(step).filter(candidate -> profile.steps().contains(step))
			.orElseThrow(() -> NotFoundException.of("Onboarding step"));
		StepAnswers answers = StepAnswers.check(known, input, profile.offeredServices());
		profiles.saveStep(profile.agency(), profile.id(), step, answers.answers());
		credentials.save(profile.agency(), profile.id(), step, answers.secrets());
		return profiles.find(profile.agency(), profile.id()).orElseThrow();
	}

	private void notifyAgency(OnboardingProfile profile) {
		List<Notifications.Recipient> recipients = members.list(profile.agency())
			.stream()
			.filter(member -> member.role().atLeast(Role.MANAGER))
			.map(member -> new Notifications.Recipient(member.userId(), member.email()))
			.toList();
		notifications.sendOnce("onboarding-completed:" + profile.id(), profile.agency(), recipients,
				OnboardingNotificationTypes.COMPLETED, profile.accountName() + " completed onboarding",
				profile.contactName() + " went through every required step.", "/onboarding/clients/" + profile.id());
	}

	private OnboardingTokens.Link activeLink(String token) {
		OnboardingTokens.Link link = transactions.call(TenantScope.system(anonymous()), () -> tokens.find(token));
		if (link.state() != TokenState.ACTIVE) {
			throw OnboardingLinkException.of(link.state());
		}
		return link;
	}

	private java.util.Optional<ClientAccount> accountOf(OrganizationId organization, Actor actor) {
		UUID userId = actor.userId();
		if (userId == null) {
			return java.util.Optional.empty();
		}
		boolean client = transactions.call(TenantScope.acting(organization, actor),
				() -> members.roleOf(organization, userId)).filter(role -> role == Role.CLIENT).isPresent();
		return client ? clientAccounts.ofClient(organization) : java.util.Optional.empty();
	}

	private OnboardingProfile profileOf(ClientAccount account) {
		return profiles.findByClientAccount(account.agencyId(), account.id())
			.orElseThrow(() -> NotFoundException.of("Onboarding"));
	}

	private <T> T inAgency(OrganizationId agency, Actor actor, java.util.function.Supplier<T> work) {
		return transactions.call(TenantScope.organization(agency, actor), work);
	}

	private static Actor anonymous() {
		return new Actor.Anonymous();
	}
}
