package com.growthhub.scheduling.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.AppointmentCancelled;
import com.growthhub.scheduling.AppointmentCompleted;
import com.growthhub.scheduling.AppointmentStatus;
import com.growthhub.shared.OrganizationId;

/**
 * Appointments for the organization's people: managers see and change all of them, other members their own. A change of
 * status follows {@link AppointmentStatus#canMoveTo}; a completion or cancellation is announced.
 */
@Service
public class AppointmentDesk {

	public static final int DEFAULT_LIMIT = 50;

	public record Page(List<Appointment> items, @Nullable String nextCursor) {
	}

	private final AppointmentRepository repository;
	private final SchedulingAccess access;
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;

	AppointmentDesk(AppointmentRepository repository, SchedulingAccess access, TenantTransactions transactions,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.access = access;
		this.transactions = transactions;
		this.events = events;
	}

	public Page list(OrganizationId organization, Actor actor, AppointmentFilter filter, @Nullable PageCursor after,
			int limit) {
		if (limit < 1 || limit > 200) {
			throw SchedulingInputException.of("limit", "Between 1 and 200.");
		}
		boolean manager = access.isManager(organization, actor);
		if (!manager && filter.repId() != null && !filter.repId().equals(actor.userId())) {
			return new Page(List.of(), null);
		}
		AppointmentFilter visible = manager ? filter : filter.forRep(actor.requireUserId());
		List<Appointment> rows = transactions.call(organization, actor,
				() -> repository.list(organization, visible, after, limit + 1));
		if (rows.size() <= limit) {
			return new Page(rows, null);
		}
		Appointment last = rows.get(limit - 1);
		return new Page(rows.subList(0, limit), new PageCursor(last.start(), last.id().value()).encode());
	}

	public Appointment get(OrganizationId organization, Actor actor, UUID id) {
		boolean manager = access.isManager(organization, actor);
		return transactions.call(organization, actor, () -> repository.find(organization, id))
			.filter(found -> manager || found.repId().value().equals(actor.userId()))
			.orElseThrow(() -> NotFoundException.of("The appointment"));
	}

	/** Moves a scheduled appointment to completed, no_show or cancelled. */
	public Appointment changeStatus(OrganizationId organization, Actor actor, UUID id, AppointmentStatus next) {
		if (next == AppointmentStatus.SCHEDULED || next == AppointmentStatus.RESCHEDULED) {
			throw SchedulingInputException.of("status", "One of completed, no_show, cancelled (reschedule moves the time).");
		}
		boolean manager = access.isManager(organization, actor);
		transactions.run(organization, actor, () -> {
			Appointment current = repository.lock(organization, id)
				.filter(found -> manager || found.repId().value().equals(actor.userId()))
				.orElseThrow(() -> NotFoundException.of("The appointment"));
			if (!current.status().canMoveTo(next)) {
				throw SchedulingRefusedException.conflict(
						"The appointment is " + current.status().key() + "; it cannot become " + next.key() + ".");
			}
			repository.updateStatus(organization, id, next);
			announce(current, next);
		});
		return get(organization, actor, id);
	}

	private void announce(Appointment appointment, AppointmentStatus next) {
		switch (next) {
			case COMPLETED -> events.publishEvent(new AppointmentCompleted(appointment.organizationId(), appointment.id(),
					appointment.contactId(), appointment.repId(), appointment.start(), appointment.end(),
					appointment.timeZone(), appointment.bookingPageId()));
			case CANCELLED -> events.publishEvent(new AppointmentCancelled(appointment.organizationId(), appointment.id(),
					appointment.contactId(), appointment.repId(), appointment.start(), appointment.end(),
					appointment.timeZone(), appointment.bookingPageId()));
			default -> {
			}
		}
	}
}
