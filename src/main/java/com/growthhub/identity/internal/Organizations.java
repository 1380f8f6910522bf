package com.growthhub.identity.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.OrganizationCreated;
import com.growthhub.identity.OrganizationTimeZoneChanged;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * Organizations a person belongs to, and the members of one. Reads name the organization; changes also who makes
 * them, which the audit trail records.
 */
@Service
public class Organizations {

	/** Reading an organization changes nothing, so it is nobody's act. */
	private static final Actor READER = new Actor.Anonymous();

	private final OrganizationRepository organizations;
	private final MembershipRepository memberships;
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;

	Organizations(OrganizationRepository organizations, MembershipRepository memberships, JdbcClient jdbc,
			TenantTransactions transactions, ApplicationEventPublisher events) {
		this.events = events;
		this.organizations = organizations;
		this.memberships = memberships;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * An organization the person may open: as a member, or (with {@code agencyId} set) a client account they open as
	 * staff of its agency.
	 */
	public record MyOrganization(UUID id, String name, Role role, @Nullable UUID agencyId) {
	}

	public record Member(UUID membershipId, UUID userId, String email, String firstName, String lastName, Role role,
			Instant joinedAt, Instant lastLoginAt) {
	}

	/** The person's organizations in the order they joined, then the client accounts they open as agency staff. */
	public List<MyOrganization> mine(UUID userId) {
		List<MyOrganization> mine = new ArrayList<>(transactions.call(TenantScope.user(userId, null), () -> jdbc.sql("""
				select o.id, o.name, m.role, null::uuid as agency_id from memberships m join organizations o on o.id = m.organization_id
				where m.user_id = ? order by m.created_at
				""").param(userId).query(Organizations::myOrganization).list()));
		mine.addAll(clientAccountsOpenedBy(userId));
		return mine;
	}

	/**
	 * A look-up across organizations (the agencies' client accounts), so in the system scope, narrowed to the person by
	 * the rule of {@code agency_role_in}; accounts they also belong to directly are already listed.
	 */
	private List<MyOrganization> clientAccountsOpenedBy(UUID userId) {
		return transactions.call(TenantScope.system(new Actor.User(userId)), () -> jdbc.sql("""
				select * from (
				  select o.id, o.name, agency_role_in(ca.organization_id, staff.user_id) as role, ca.agency_id
				  from memberships staff
				  join client_accounts ca on ca.agency_id = staff.organization_id
				  join organizations o on o.id = ca.organization_id
				  where staff.user_id = ?
				    and not exists (select 1 from memberships direct
				                    where direct.organization_id = ca.organization_id and direct.user_id = staff.user_id)
				) reachable
				where role is not null order by lower(name), id
				""").param(userId).query(Organizations::myOrganization).list());
	}

	private static MyOrganization myOrganization(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new MyOrganization(rs.getObject("id", UUID.class), rs.getString("name"), Role.valueOf(rs.getString("role")),
				rs.getObject("agency_id", UUID.class));
	}

	/** Creates an organization with its creator as owner. */
	public MyOrganization create(UUID userId, String name) {
		Organization organization = Organization.named(name);
		TenantScope scope = new TenantScope(OrganizationId.of(organization.id()), userId, new Actor.User(userId), false);
		return transactions.call(scope, () -> {
			organizations.save(organization);
			memberships.save(Membership.of(organization.id(), userId, Role.OWNER));
			events.publishEvent(new OrganizationCreated(OrganizationId.of(organization.id()), organization.name(), userId));
			return new MyOrganization(organization.id(), organization.name(), Role.OWNER, null);
		});
	}

	/** Whether the organization manages client accounts (it became an agency with its first). */
	public boolean isAgency(OrganizationId id) {
		return transactions.call(id, READER, () -> jdbc.sql("select agency from organizations where id = ?")
			.param(id.value()).query(Boolean.class).optional().orElse(false));
	}

	public Organization get(OrganizationId id) {
		return transactions.call(id, READER,
				() -> organizations.findById(id.value()).orElseThrow(() -> NotFoundException.of("Organization")));
	}

	public Organization rename(OrganizationId id, Actor actor, String name) {
		return transactions.call(id, actor, () -> {
			Organization organization = organizations.findById(id.value())
				.orElseThrow(() -> NotFoundException.of("Organization"));
			organization.rename(name);
			return organizations.save(organization);
		});
	}

	/**
	 * Changes the default currency or the time zone, null keeping it; a value that is not a currency or zone answers
	 * 400 naming {@code defaultCurrency} or {@code timeZone}.
	 */
	public Organization changePreferences(OrganizationId id, Actor actor, @Nullable String currency,
			@Nullable String zone) {
		return transactions.call(id, actor, () -> {
			Organization organization = organizations.findById(id.value())
				.orElseThrow(() -> NotFoundException.of("Organization"));
			String before = organization.timeZone();
			organization.changePreferences(
					currency == null ? organization.defaultCurrency() : PreferenceValues.currency("defaultCurrency", currency),
					zone == null ? before : PreferenceValues.zone("timeZone", zone));
			if (!before.equals(organization.timeZone())) {
				events.publishEvent(new OrganizationTimeZoneChanged(id, ZoneId.of(before), ZoneId.of(organization.timeZone()),
						organization.updatedAt()));
			}
			return organizations.save(organization);
		});
	}

	public List<Member> members(OrganizationId id) {
		return transactions.call(id, READER, () -> jdbc.sql("""
				select m.id as membership_id, u.id as user_id, u.email, u.first_name, u.last_name, m.role,
				       m.created_at as joined_at, u.last_login_at
				from memberships m join users u on u.id = m.user_id
				where m.organization_id = ? order by m.created_at
				""").param(id.value()).query((rs, n) -> new Member(rs.getObject("membership_id", UUID.class),
				rs.getObject("user_id", UUID.class), rs.getString("email"), rs.getString("first_name"),
				rs.getString("last_name"), Role.valueOf(rs.getString("role")),
				rs.getTimestamp("joined_at").toInstant(),
				rs.getTimestamp("last_login_at") == null ? null : rs.getTimestamp("last_login_at").toInstant()))
			.list());
	}

	/** A change in the organization the manager selected, made by them. */
	public void changeRole(CurrentUser manager, UUID membershipId, Role role) {
		OrganizationId id = manager.organization();
		transactions.run(id, new Actor.User(manager.userId()), () -> {
			Membership membership = memberships.findById(membershipId)
				.filter(m -> m.organizationId().equals(id.value()))
				.orElseThrow(() -> NotFoundException.of("Member"));
			requireMayManage(manager, membership.role(), role);
			if (membership.role() == Role.OWNER && role != Role.OWNER) {
				requireAnotherOwner(id);
			}
			membership.changeRole(role);
			memberships.save(membership);
		});
	}

	/** A removal from the organization the manager selected, made by them. */
	public void remove(CurrentUser manager, UUID membershipId) {
		OrganizationId id = manager.organization();
		transactions.run(id, new Actor.User(manager.userId()), () -> {
			Membership membership = memberships.findById(membershipId)
				.filter(m -> m.organizationId().equals(id.value()))
				.orElseThrow(() -> NotFoundException.of("Member"));
			requireMayManage(manager, membership.role(), membership.role());
			if (membership.role() == Role.OWNER) {
				requireAnotherOwner(id);
			}
			memberships.delete(membership);
		});
	}

	/** Admins manage everyone below owner; only owners touch owners or make owners. */
	static void requireMayManage(CurrentUser manager, Role current, Role target) {
		boolean touchesOwner = current == Role.OWNER || target == Role.OWNER;
		if (!manager.hasRole(Role.ADMIN) || (touchesOwner && !manager.hasRole(Role.OWNER))) {
			throw new AccessDeniedException("role");
		}
	}

	private void requireAnotherOwner(OrganizationId id) {
		if (memberships.countByOrganizationIdAndRole(id.value(), Role.OWNER) < 2) {
			throw new LastOwnerException();
		}
	}
}
