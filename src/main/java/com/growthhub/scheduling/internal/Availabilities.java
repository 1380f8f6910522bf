package com.growthhub.scheduling.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Reps' availability. A member who never saved theirs works the default week — Monday to Friday, 9:00 to 17:00 in the
 * organization's zone, default meeting settings — so a page with new reps offers slots at once.
 */
@Service
public class Availabilities {

	private static final LocalTime NINE = LocalTime.of(9, 0);
	private static final LocalTime FIVE = LocalTime.of(17, 0);

	private final AvailabilityRepository repository;
	private final SchedulingAccess access;
	private final OrganizationPreferences preferences;
	private final TenantTransactions transactions;

	Availabilities(AvailabilityRepository repository, SchedulingAccess access, OrganizationPreferences preferences,
			TenantTransactions transactions) {
		this.repository = repository;
		this.access = access;
		this.preferences = preferences;
		this.transactions = transactions;
	}

	public Availability of(OrganizationId organization, Actor actor, UUID userId) {
		access.member(organization, actor);
		access.requireMember(organization, userId);
		return transactions.call(organization, actor, () -> forReps(organization, List.of(userId)).get(userId));
	}

	public Availability put(OrganizationId organization, Actor actor, Availability availability) {
		access.requireSelfOrManager(organization, actor, availability.userId());
		transactions.run(organization, actor, () -> repository.save(organization, availability));
		return availability;
	}

	/** Each rep's availability, stored or the default; in the caller's transaction. */
	Map<UUID, Availability> forReps(OrganizationId organization, Collection<UUID> reps) {
		Map<UUID, Availability> all = new HashMap<>(repository.find(organization, reps));
		ZoneId zone = reps.stream().anyMatch(rep -> !all.containsKey(rep)) ? preferences.timeZone(organization) : null;
		reps.forEach(rep -> all.computeIfAbsent(rep, missing -> defaultWeek(missing, zone)));
		return all;
	}

	static Availability defaultWeek(UUID userId, ZoneId zone) {
		List<WeeklyHours> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
			.map(day -> new WeeklyHours(day, NINE, FIVE))
			.toList();
		return new Availability(userId, zone, weekdays, List.of(), MeetingSettings.DEFAULT);
	}
}
