package com.growthhub.analytics.internal.commissions;

import java.util.UUID;
import java.util.function.Function;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Providers and commission rules as the API and the pages edit them, alike: every call checks the actor's access first
 * (403) and answers another organization's id as absent (404); writes validate the whole draft (400 naming each field).
 *
 * @param <V> what is read back
 * @param <D> what is written
 */
public interface CommissionRecords<V, D> {

	V get(OrganizationId organization, Actor actor, UUID id);

	V create(OrganizationId organization, Actor actor, D draft);

	V update(OrganizationId organization, Actor actor, UUID id, D draft);

	void delete(OrganizationId organization, Actor actor, UUID id);

	/** A partial change: the draft {@code changes} makes of the current state replaces it. */
	default V patch(OrganizationId organization, Actor actor, UUID id, Function<V, D> changes) {
		return update(organization, actor, id, changes.apply(get(organization, actor, id)));
	}
}
