package com.growthhub.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * An agency's client accounts. A client account is an organization of its own — its contacts, calls, journeys,
 * reviews and tasks are isolated by the same row-level security as any organization's — linked to the agency that
 * manages it. An organization becomes an agency when it creates its first client account; a client account cannot
 * have client accounts of its own.
 * <p>
 * Both methods open transactions of their own: call them outside any open transaction.
 */
public interface ClientAccounts {

	/**
	 * Creates a client account of {@code agency}: the organization, linked to the agency, and its first user — the
	 * contact person, with the {@code client} role, not yet verified and without a password (the onboarding
	 * invitation lets them set one). Publishes {@link OrganizationCreated} for the new organization (modules set up
	 * their defaults) and {@link ClientAccountCreated}. Sends no email: inviting the contact is onboarding's job.
	 *
	 * @param actor a person must be an owner or admin of the agency (else 403); a job or an integration may always
	 * @throws com.growthhub.platform.web.ProblemException 400 naming the field of {@code account} that is invalid;
	 * 409 when the contact's email already has an account, or when {@code agency} is itself a client account
	 */
	ClientAccount create(OrganizationId agency, NewClientAccount account, Actor actor);

	/** The client account {@code id} of {@code agency}; empty when there is none, or it belongs to another agency. */
	Optional<ClientAccount> find(OrganizationId agency, OrganizationId id);

	/**
	 * The client accounts of {@code agency} that {@code userId} opens, by name: all of them for the agency's owners,
	 * admins and managers, those assigned to them for its members, none for anybody else.
	 */
	List<ClientAccount> openableBy(OrganizationId agency, UUID userId);

	/** The link of an organization that is a client account to its agency; empty for any other organization. */
	Optional<ClientAccount> ofClient(OrganizationId client);
}
