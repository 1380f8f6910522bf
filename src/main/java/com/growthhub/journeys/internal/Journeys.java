package com.growthhub.journeys.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.identity.Members;
import com.growthhub.journeys.JourneyId;
import com.growthhub.journeys.JourneyStatusChanged;
import com.growthhub.pipeline.ServiceOffer;
import com.growthhub.pipeline.ServiceOffers;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/** Starting journeys on contacts from templates, moving them along their statuses and ticking off their steps. */
@Service
public class Journeys {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final JourneyTemplates templates;
	private final ContactDirectory contacts;
	private final Members members;
	private final ServiceOffers catalog;
	private final ApplicationEventPublisher events;

	Journeys(JdbcClient jdbc, TenantTransactions transactions, JourneyTemplates templates, ContactDirectory contacts,
			Members members, ServiceOffers catalog, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.templates = templates;
		this.contacts = contacts;
		this.members = members;
		this.catalog = catalog;
		this.events = events;
	}

	public record Page(List<JourneyView> items, @Nullable String nextCursor) {
	}

	/** Only a person starts a journey: they are its starter and take the steps no teammate's role fits. */
	public JourneyView start(OrganizationId organization, Actor actor, UUID contactId, UUID templateId,
			List<UUID> serviceIds, List<String> concerns) {
		UUID starter = actor.requireUserId();
		contacts.nameOf(organization, actor, ContactId.of(contactId));
		List<String> cleanConcerns = concerns.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
		if (cleanConcerns.size() > 20 || cleanConcerns.stream().anyMatch(c -> c.length() > 200)) {
			throw JourneyInputException.field("concerns", "at most 20 concerns of up to 200 characters");
		}
		return transactions.call(organization, actor, () -> {
			JourneyTemplates.Template template = templates.load(organization, templateId);
			List<UUID> services = serviceIds.stream().distinct().toList();
			checkServices(organization, services);
			List<Members.Member> team = members.list(organization);
			UUID id = Ids.next();
			LocalDate today = LocalDate.now(ZoneOffset.UTC);
			jdbc.sql("""
					insert into journeys (id, organization_id, contact_id, template_id, name, status, service_ids, concerns, started_by, started_on)
					values (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)
					""").params(id, organization.value(), contactId, templateId, template.name(), services.toArray(UUID[]::new),
					cleanConcerns.toArray(String[]::new), starter, today).update();
			for (int i = 0; i < template.steps().size(); i++) {
				JourneyTemplates.Step step = template.steps().get(i);
				jdbc.sql("""
						insert into journey_steps (id, organization_id, journey_id, position, title, due_on, assignee_id)
						values (?, ?, ?, ?, ?, ?, ?)
						""").params(Ids.next(), organization.value(), id, i, step.title(), today.plusDays(step.dueOffsetDays()),
						assignee(starter, team, step)).update();
			}
			return load(organization, id);
		});
	}

	/** The starter when they hold the step's role, else the first teammate who does, else the starter. */
	private static UUID assignee(UUID starter, List<Members.Member> team, JourneyTemplates.Step step) {
		boolean starterFits = team.stream()
			.anyMatch(m -> m.userId().equals(starter) && m.role() == step.assigneeRole());
		if (starterFits) {
			return starter;
		}
		return team.stream().filter(m -> m.role() == step.assigneeRole()).map(Members.Member::userId).findFirst()
			.orElse(starter);
	}

	/** The catalog's offers for these distinct service ids; 404 unless every one is active. */
	Map<UUID, ServiceOffer> checkServices(OrganizationId organization, List<UUID> services) {
		if (services.isEmpty()) {
			return Map.of();
		}
		Map<UUID, ServiceOffer> offers = catalog.byIds(organization, services);
		if (offers.values().stream().filter(ServiceOffer::active).count() != services.size()) {
			throw NotFoundException.of("Service");
		}
		return offers;
	}

	public JourneyView get(OrganizationId organization, Actor actor, UUID id) {
		Optional<Set<ContactId>> visible = contacts.visibleOnly(organization, actor);
		JourneyView journey = transactions.call(organization, actor, () -> load(organization, id));
		if (hidden(visible, journey.contactId())) {
			throw NotFoundException.of("Journey");
		}
		return journey;
	}

	/** Answers 404 for a journey whose contact the organization's member visibility hides from this person. */
	void checkVisible(OrganizationId organization, Actor actor, UUID id) {
		get(organization, actor, id);
	}

	static boolean hidden(Optional<Set<ContactId>> visible, UUID contactId) {
		return visible.isPresent() && !visible.get().contains(ContactId.of(contactId));
	}

	public Page list(OrganizationId organization, Actor actor, @Nullable UUID contactId, @Nullable JourneyStatus status,
			@Nullable PageCursor cursor, int limit) {
		int size = Math.clamp(limit, 1, 100);
		Optional<Set<ContactId>> visible = contacts.visibleOnly(organization, actor);
		return transactions.call(organization, actor, () -> {
			StringBuilder sql = new StringBuilder("select id from journeys where organization_id = ?");
			List<Object> params = new ArrayList<>(List.of(organization.value()));
			visible.ifPresent(ids -> {
				sql.append(" and contact_id = any(?)");
				params.add(ids.stream().map(ContactId::value).toArray(UUID[]::new));
			});
			if (contactId != null) {
				sql.append(" and contact_id = ?");
				params.add(contactId);
			}
			if (status != null) {
				sql.append(" and status = ?");
				params.add(status.name());
			}
			if (cursor != null) {
				sql.append(" and (created_at, id) < (?::timestamptz, ?)");
				params.add(java.sql.Timestamp.from(cursor.instant()));
				params.add(cursor.id());
			}
			sql.append(" order by created_at desc, id desc limit ").append(size + 1);
			List<UUID> ids = jdbc.sql(sql.toString()).params(params).query(UUID.class).list();
			List<JourneyView> items = loadAll(organization, ids.stream().limit(size).toList());
			String next = ids.size() > size ? new PageCursor(items.getLast().createdAt(), items.getLast().id()).encode() : null;
			return new Page(items, next);
		});
	}

	public JourneyView transition(OrganizationId organization, Actor actor, UUID id, JourneyStatus to) {
		checkVisible(organization, actor, id);
		return transactions.call(organization, actor, () -> {
			moveTo(organization, id, to, null, actor);
			return load(organization, id);
		});
	}

	/**
	 * Checks the move against {@link JourneyStatus#next()} under a row lock; call inside a tenant transaction. Only a
	 * person moves a journey: the event names them.
	 */
	void moveTo(OrganizationId organization, UUID id, JourneyStatus to, @Nullable UUID activeClientId, Actor actor) {
		UserId changedBy = UserId.of(actor.requireUserId());
		record Current(JourneyStatus status, UUID contactId) {
		}
		Current current = jdbc.sql("select status, contact_id from journeys where organization_id = ? and id = ? for update")
			.params(organization.value(), id)
			.query((rs, n) -> new Current(JourneyStatus.valueOf(rs.getString(1)), rs.getObject(2, UUID.class)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("Journey"));
		JourneyStatus from = current.status();
		if (!from.canMoveTo(to)) {
			throw JourneyConflictException.transition(from, to);
		}
		jdbc.sql("""
				update journeys set status = ?, active_client_id = coalesce(?, active_client_id), updated_at = now(),
				version = version + 1 where id = ?
				""").params(to.name(), activeClientId, id).update();
		events.publishEvent(new JourneyStatusChanged(organization, JourneyId.of(id),
				ContactId.of(current.contactId()), from.key(), to.key(), changedBy, Instant.now()));
	}

	public JourneyView updateStep(OrganizationId organization, Actor actor, UUID journeyId, UUID stepId,
			@Nullable Boolean done, @Nullable UUID assigneeId, @Nullable LocalDate dueOn) {
		if (assigneeId != null && members.roleOf(organization, assigneeId).isEmpty()) {
			throw JourneyInputException.field("assigneeId", "is not a member of this organization");
		}
		checkVisible(organization, actor, journeyId);
		return transactions.call(organization, actor, () -> {
			int changed = jdbc.sql("""
					update journey_steps set
					  done_at = case when ?::boolean is null then done_at when ?::boolean then coalesce(done_at, now()) else null end,
					  assignee_id = coalesce(?, assignee_id),
					  due_on = coalesce(?, due_on),
					  notified_at = case when ?::date is not null and ?::date <> due_on then null else notified_at end
					where organization_id = ? and journey_id = ? and id = ?
					""").params(done, done, assigneeId, dueOn, dueOn, dueOn, organization.value(), journeyId, stepId).update();
			if (changed == 0) {
				throw NotFoundException.of("Journey step");
			}
			return load(organization, journeyId);
		});
	}

	JourneyView load(OrganizationId organization, UUID id) {
		List<JourneyView> found = loadAll(organization, List.of(id));
		if (found.isEmpty()) {
			throw NotFoundException.of("Journey");
		}
		return found.getFirst();
	}

	/** The journeys with these ids in the given order, in two statements however many there are. */
	List<JourneyView> loadAll(OrganizationId organization, List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		UUID[] keys = ids.toArray(UUID[]::new);
		Map<UUID, List<JourneyView.Step>> steps = new HashMap<>();
		jdbc.sql("""
				select journey_id, id, position, title, due_on, assignee_id, done_at from journey_steps
				where organization_id = ? and journey_id = any(?) order by journey_id, position
				""").params(organization.value(), keys).query((ResultSet rs) -> {
					steps.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
						.add(new JourneyView.Step(rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4),
								rs.getObject(5, LocalDate.class), rs.getObject(6, UUID.class),
								rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()));
				});
		Map<UUID, JourneyView> journeys = new HashMap<>();
		jdbc.sql("""
				select id, contact_id, template_id, name, status, service_ids, concerns, active_client_id, started_by,
				       started_on, created_at from journeys where organization_id = ? and id = any(?)
				""").params(organization.value(), keys).query((rs, n) -> {
					UUID id = rs.getObject(1, UUID.class);
					return new JourneyView(id, rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
							JourneyStatus.valueOf(rs.getString(5)), array(rs, 6, UUID.class), array(rs, 7, String.class),
							rs.getObject(8, UUID.class), rs.getObject(9, UUID.class), rs.getObject(10, LocalDate.class),
							rs.getTimestamp(11).toInstant(), steps.getOrDefault(id, List.of()));
				}).list().forEach(journey -> journeys.put(journey.id(), journey));
		return ids.stream().map(journeys::get).filter(Objects::nonNull).toList();
	}

	private static <T> List<T> array(ResultSet rs, int column, Class<T> type) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(type::cast).toList();
	}
}
