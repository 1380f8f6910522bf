package com.growthhub.masterclasses.internal.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Members;
import com.growthhub.masterclasses.internal.transcripts.ClassFacts;
import com.growthhub.masterclasses.internal.transcripts.ClassLookup;
import com.growthhub.masterclasses.internal.transcripts.TranscriptAccess;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.AppointmentStatus;
import com.growthhub.scheduling.Appointments;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * Per-rep sales metrics of the calls booked from a masterclass (AN4): appointments of its registrants' contacts on
 * the class's booking page (any page when it offers none) booked after they registered. Booked counts each booking
 * once (a rescheduled one is replaced by its new appointment), held the completed ones; won and revenue are the
 * registrants' deals won (from DealWon), credited to the rep who had the call.
 */
@Service
public class SalesMetrics {

	/** How far around the class appointments are looked for: booked from a replay weeks later still counts. */
	private static final Duration BEFORE = Duration.ofDays(60);
	private static final Duration AFTER = Duration.ofDays(366);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ClassLookup classes;
	private final TranscriptAccess access;
	private final Members members;
	private final Appointments appointments;

	SalesMetrics(JdbcClient jdbc, TenantTransactions transactions, ClassLookup classes, TranscriptAccess access,
			Members members, Appointments appointments) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.classes = classes;
		this.access = access;
		this.members = members;
		this.appointments = appointments;
	}

	public record RepMetrics(UUID repId, String repName, int booked, int held, int won,
			List<InsightData.Money> revenue) {
	}

	public record Report(List<RepMetrics> items, int booked, int held, int won, List<InsightData.Money> revenue) {
	}

	public Report perRep(OrganizationId organization, Actor actor, UUID masterclassId) {
		access.checkRead(organization, actor);
		return transactions.call(organization, actor, () -> {
			ClassFacts masterclass = classes.require(organization, masterclassId);
			Map<UUID, Instant> registeredAt = new HashMap<>();
			jdbc.sql("""
					select contact_id, min(created_at) as at from masterclass_registrations
					where organization_id = ? and masterclass_id = ? and contact_id is not null group by contact_id
					""").params(organization.value(), masterclassId)
				.query((java.sql.ResultSet rs) -> {
					registeredAt.put(rs.getObject("contact_id", UUID.class), rs.getTimestamp("at").toInstant());
				});
			Map<UUID, Tally> tallies = new LinkedHashMap<>();
			Map<UUID, UUID> repOfContact = new HashMap<>();
			for (Members.Member rep : members.list(organization)) {
				for (Appointment a : appointments.forRep(organization, UserId.of(rep.userId()),
						masterclass.startsAt().minus(BEFORE), masterclass.endsAt().plus(AFTER))) {
					Instant registered = registeredAt.get(a.contactId().value());
					if (registered == null || a.createdAt().isBefore(registered) || !fromClass(a, masterclass)
							|| a.status() == AppointmentStatus.RESCHEDULED) {
						continue;
					}
					Tally tally = tallies.computeIfAbsent(rep.userId(), id -> new Tally(rep.name()));
					tally.booked++;
					if (a.status() == AppointmentStatus.COMPLETED) {
						tally.held++;
					}
					repOfContact.putIfAbsent(a.contactId().value(), rep.userId());
				}
			}
			credit(organization, registeredAt, repOfContact, tallies);
			return report(tallies);
		});
	}

	private static boolean fromClass(Appointment appointment, ClassFacts masterclass) {
		return masterclass.bookingPageId() == null
				|| masterclass.bookingPageId().equals(appointment.bookingPageId().value());
	}

	/** Deals won by the class's registrants, credited to the rep of their call, else to the deal's owner. */
	private void credit(OrganizationId organization, Map<UUID, Instant> registeredAt, Map<UUID, UUID> repOfContact,
			Map<UUID, Tally> tallies) {
		if (registeredAt.isEmpty()) {
			return;
		}
		Map<UUID, String> names = new HashMap<>();
		members.list(organization).forEach(m -> names.put(m.userId(), m.name()));
		jdbc.sql("""
				select contact_id, owner_id, value_cents, currency from masterclass_won_deals
				where organization_id = ? and contact_id = any(?)
				""").params(organization.value(), registeredAt.keySet().toArray(UUID[]::new))
			.query((java.sql.ResultSet rs) -> {
				UUID contact = rs.getObject("contact_id", UUID.class);
				UUID rep = repOfContact.getOrDefault(contact, rs.getObject("owner_id", UUID.class));
				if (rep == null) {
					return;
				}
				Tally tally = tallies.computeIfAbsent(rep, id -> new Tally(names.getOrDefault(id, "")));
				tally.won++;
				tally.revenue.merge(rs.getString("currency"), rs.getLong("value_cents"), Long::sum);
			});
	}

	private static Report report(Map<UUID, Tally> tallies) {
		List<RepMetrics> reps = new ArrayList<>();
		Map<String, Long> total = new LinkedHashMap<>();
		tallies.forEach((rep, t) -> {
			reps.add(new RepMetrics(rep, t.name, t.booked, t.held, t.won, money(t.revenue)));
			t.revenue.forEach((currency, cents) -> total.merge(currency, cents, Long::sum));
		});
		reps.sort(Comparator.comparingInt(RepMetrics::won).thenComparingInt(RepMetrics::booked).reversed()
			.thenComparing(RepMetrics::repName));
		return new Report(reps, reps.stream().mapToInt(RepMetrics::booked).sum(),
				reps.stream().mapToInt(RepMetrics::held).sum(), reps.stream().mapToInt(RepMetrics::won).sum(),
				money(total));
	}

	private static List<InsightData.Money> money(Map<String, Long> byCurrency) {
		return byCurrency.entrySet().stream().map(e -> new InsightData.Money(e.getValue(), e.getKey())).toList();
	}

	private static final class Tally {

		final String name;
		int booked;
		int held;
		int won;
		final Map<String, Long> revenue = new LinkedHashMap<>();

		Tally(@Nullable String name) {
			this.name = name == null ? "" : name;
		}
	}
}
