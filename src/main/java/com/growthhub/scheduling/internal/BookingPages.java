package com.growthhub.scheduling.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** Booking pages: the organization's people read them, managers write them; visitors find live ones by slug. */
@Service
public class BookingPages {

	private static final Actor PUBLIC = new Actor.Job("public-booking");

	private final BookingPageRepository repository;
	private final SchedulingAccess access;
	private final TenantTransactions transactions;

	BookingPages(BookingPageRepository repository, SchedulingAccess access, TenantTransactions transactions) {
		this.repository = repository;
		this.access = access;
		this.transactions = transactions;
	}

	public List<BookingPage> list(OrganizationId organization, Actor actor) {
		access.member(organization, actor);
		return transactions.call(organization, actor, () -> repository.list(organization));
	}

	public BookingPage get(OrganizationId organization, Actor actor, UUID id) {
		access.member(organization, actor);
		return transactions.call(organization, actor, () -> repository.find(organization, id))
			.orElseThrow(() -> NotFoundException.of("The booking page"));
	}

	public BookingPage create(OrganizationId organization, Actor actor, BookingPageDraft draft) {
		access.requireManager(organization, actor);
		draft.repIds().forEach(rep -> requireRep(organization, rep));
		UUID id = com.growthhub.shared.Ids.next();
		requireFreeSlug(draft.slug(), null);
		try {
			transactions.run(organization, actor, () -> repository.insert(organization, id, draft, actor.userId()));
		}
		catch (DuplicateKeyException ex) {
			throw slugTaken(draft.slug());
		}
		return get(organization, actor, id);
	}

	public BookingPage update(OrganizationId organization, Actor actor, UUID id, BookingPageDraft draft) {
		access.requireManager(organization, actor);
		draft.repIds().forEach(rep -> requireRep(organization, rep));
		requireFreeSlug(draft.slug(), id);
		boolean updated;
		try {
			updated = transactions.call(organization, actor, () -> repository.update(organization, id, draft));
		}
		catch (DuplicateKeyException ex) {
			throw slugTaken(draft.slug());
		}
		if (!updated) {
			throw NotFoundException.of("The booking page");
		}
		return get(organization, actor, id);
	}

	public void delete(OrganizationId organization, Actor actor, UUID id) {
		access.requireManager(organization, actor);
		if (!transactions.call(organization, actor, () -> repository.delete(organization, id))) {
			throw NotFoundException.of("The booking page");
		}
	}

	/** The live (active, not deleted) page at {@code slug}, of whichever organization: the public side's entry. */
	public Optional<BookingPage> live(String slug) {
		return transactions.call(TenantScope.system(PUBLIC), () -> repository.bySlug(slug)).filter(BookingPage::active);
	}

	private void requireFreeSlug(String slug, @Nullable UUID except) {
		// Slugs are unique across organizations: the check runs as the system, the unique index settles races.
		if (transactions.call(TenantScope.system(PUBLIC), () -> repository.slugTaken(slug, except))) {
			throw slugTaken(slug);
		}
	}

	private static SchedulingRefusedException slugTaken(String slug) {
		return SchedulingRefusedException.conflict("The slug '" + slug + "' is taken; choose another.");
	}

	private void requireRep(OrganizationId organization, UUID rep) {
		try {
			access.requireMember(organization, rep);
		}
		catch (NotFoundException ex) {
			throw SchedulingInputException.of("repIds", "Each rep must be one of the organization's people.");
		}
	}
}
