package com.growthhub.masterclasses.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import com.growthhub.masterclasses.MasterclassEnded;
import com.growthhub.masterclasses.MasterclassId;
import com.growthhub.masterclasses.MasterclassStarted;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Staff's masterclasses: written, listed, moved through their statuses. Starting stamps {@code live_started_at} and
 * publishes {@link MasterclassStarted}; ending stamps {@code live_ended_at} and publishes {@link MasterclassEnded}.
 */
@Service
public class Masterclasses {

	public static final int DEFAULT_LIMIT = 50;
	public static final int MAX_LIMIT = 200;
	private static final Actor PUBLIC = new Actor.Job("masterclass-landing");

	private final MasterclassRepository repository;
	private final MasterclassAccess access;
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;

	Masterclasses(MasterclassRepository repository, MasterclassAccess access, TenantTransactions transactions,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.access = access;
		this.transactions = transactions;
		this.events = events;
	}

	/** A page of masterclasses, latest start first. */
	public record Page(List<MasterclassView> items, @Nullable String nextCursor) {
	}

	/** A published (or live, or ended) class behind a public slug, with the organization it belongs to. */
	public record Public(OrganizationId organization, MasterclassView masterclass) {
	}

	public Page list(OrganizationId organization, Actor actor, @Nullable MasterclassStatus status,
			@Nullable PageCursor cursor, int limit) {
		access.read(organization, actor);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw MasterclassInputException.field("limit", "must be between 1 and " + MAX_LIMIT);
		}
		List<MasterclassView> rows = transactions.call(organization, actor,
				() -> repository.list(organization, status, cursor, limit + 1));
		if (rows.size() <= limit) {
			return new Page(rows, null);
		}
		MasterclassView last = rows.get(limit - 1);
		return new Page(rows.subList(0, limit), new PageCursor(last.startsAt(), last.id()).encode());
	}

	public MasterclassView get(OrganizationId organization, Actor actor, UUID id) {
		access.read(organization, actor);
		return transactions.call(organization, actor, () -> find(organization, id));
	}

	public boolean mayEdit(OrganizationId organization, Actor actor, MasterclassView masterclass) {
		return access.mayEdit(organization, actor, masterclass);
	}

	public boolean mayCreate(OrganizationId organization, Actor actor) {
		return access.mayCreate(organization, actor);
	}

	public MasterclassView create(OrganizationId organization, Actor actor, Map<String, ? extends @Nullable Object> body) {
		access.create(organization, actor);
		MasterclassInput input = MasterclassInput.read(body, null);
		UUID id = Ids.next();
		checkSlug(input.slug(), null);
		try {
			transactions.run(organization, actor, () -> repository.insert(organization, id, actor.requireUserId(), input));
		}
		catch (DuplicateKeyException ex) {
			throw slugTaken();
		}
		return get(organization, actor, id);
	}

	public MasterclassView update(OrganizationId organization, Actor actor, UUID id,
			Map<String, ? extends @Nullable Object> body) {
		access.read(organization, actor);
		if (body.get("slug") instanceof String slug && MasterclassInput.SLUG.matcher(slug.strip()).matches()) {
			checkSlug(slug.strip(), id);
		}
		try {
			return transactions.call(organization, actor, () -> {
				MasterclassView current = repository.lock(organization, id)
					.orElseThrow(() -> NotFoundException.of("The masterclass"));
				access.edit(organization, actor, current);
				MasterclassInput input = MasterclassInput.read(body, MasterclassInput.of(current));
				if (input.capacity() != null && input.capacity() < current.seatsTaken()) {
					throw MasterclassInputException.field("capacity",
							"must be at least the " + current.seatsTaken() + " seats already taken");
				}
				repository.update(id, input);
				return find(organization, id);
			});
		}
		catch (DuplicateKeyException ex) {
			throw slugTaken();
		}
	}

	/** Deletes a class nobody registered for yet (one with registrations is archived instead). */
	public void delete(OrganizationId organization, Actor actor, UUID id) {
		access.read(organization, actor);
		transactions.run(organization, actor, () -> {
			MasterclassView current = repository.lock(organization, id)
				.orElseThrow(() -> NotFoundException.of("The masterclass"));
			access.edit(organization, actor, current);
			if (current.seatsTaken() > 0 || current.status() == MasterclassStatus.LIVE) {
				throw MasterclassRefusedException.conflict("Masterclass in use",
						"A masterclass that is live or has seats taken is ended and archived, not deleted.");
			}
			repository.delete(id);
		});
	}

	/** Takes one step of the status machine; 409 when the class is not at the step's starting status. */
	public MasterclassView move(OrganizationId organization, Actor actor, UUID id, MasterclassStatus.Action action) {
		access.read(organization, actor);
		return transactions.call(organization, actor, () -> {
			MasterclassView current = repository.lock(organization, id)
				.orElseThrow(() -> NotFoundException.of("The masterclass"));
			access.edit(organization, actor, current);
			MasterclassStatus next = current.status().after(action)
				.orElseThrow(() -> MasterclassRefusedException.conflict("Cannot " + action.key(),
						"A " + current.status().key() + " masterclass cannot " + action.key() + "; only a "
								+ action.from().key() + " one can."));
			repository.status(id, next);
			MasterclassView moved = find(organization, id);
			if (next == MasterclassStatus.LIVE) {
				events.publishEvent(new MasterclassStarted(organization, MasterclassId.of(id),
						moved.liveStartedAt() == null ? Instant.now() : moved.liveStartedAt()));
			}
			else if (next == MasterclassStatus.ENDED) {
				events.publishEvent(new MasterclassEnded(organization, MasterclassId.of(id),
						moved.liveEndedAt() == null ? Instant.now() : moved.liveEndedAt()));
			}
			return moved;
		});
	}

	/** The class behind a public slug, when visitors may see it (not a draft, not archived). */
	public Optional<Public> published(String slug) {
		return transactions.call(TenantScope.system(PUBLIC), () -> repository.bySlug(slug))
			.flatMap(located -> transactions.call(located.organization(), PUBLIC,
					() -> repository.find(located.organization(), located.id()))
				.filter(masterclass -> masterclass.status().visible())
				.map(masterclass -> new Public(located.organization(), masterclass)));
	}

	private MasterclassView find(OrganizationId organization, UUID id) {
		return repository.find(organization, id).orElseThrow(() -> NotFoundException.of("The masterclass"));
	}

	private void checkSlug(String slug, @Nullable UUID except) {
		// Slugs are unique across organizations: the check runs as the system, the unique index settles races.
		if (transactions.call(TenantScope.system(PUBLIC), () -> repository.slugTaken(slug, except))) {
			throw slugTaken();
		}
	}

	private static MasterclassRefusedException slugTaken() {
		return MasterclassRefusedException.conflict("Slug taken", "Another masterclass already uses this address.");
	}
}
