package com.growthhub.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import com.growthhub.identity.ClientAccount;
import com.growthhub.identity.ClientAccountCreated;
import com.growthhub.identity.ClientAccounts;
import com.growthhub.identity.NewClientAccount;
import com.growthhub.identity.OrganizationCreated;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

@Service
class ClientAccountRegistry implements ClientAccounts {

	static final String SELECT = """
			select ca.organization_id, ca.agency_id, o.name, ca.client_type, ca.services, ca.contact_name,
			       ca.contact_email, ca.first_user_id, ca.created_at
			from client_accounts ca join organizations o on o.id = ca.organization_id
			""";

	/** The rule of {@code agency_role_in} for one person whose agency role is known: all (managers and up), or assigned. */
	static final String OPENABLE = """
			(? or exists (select 1 from client_account_assignments a
			              where a.organization_id = ca.organization_id and a.user_id = ?))
			""";

	private final UserAccountRepository users;
	private final OrganizationRepository organizations;
	private final MembershipRepository memberships;
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;

	ClientAccountRegistry(UserAccountRepository users, OrganizationRepository organizations,
			MembershipRepository memberships, JdbcClient jdbc, TenantTransactions transactions,
			ApplicationEventPublisher events) {
		this.users = users;
		this.organizations = organizations;
		this.memberships = memberships;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * One transaction in the system scope, because it writes rows of two organizations (the agency becomes one, the
	 * client's organization is born); who may do it is checked here instead of by row-level security.
	 */
	@Override
	public ClientAccount create(OrganizationId agency, NewClientAccount input, Actor actor) {
		NewClientAccount account = ClientAccountValues.checked(input);
		Organization organization = Organization.named(account.name());
		String[] names = PersonName.split(account.contactName());
		UserAccount user = UserAccount.invited(account.contactEmail(), names[0], names[1]);
		OrganizationId id = OrganizationId.of(organization.id());
		return transactions.call(new TenantScope(null, actor.userId(), actor, true), () -> {
			requireMayCreate(agency, actor);
			if (ofClientInScope(agency).isPresent()) {
				throw ClientAccountConflictException.clientOfAClient();
			}
			if (users.findByEmail(user.email()).isPresent()) {
				throw ClientAccountConflictException.emailTaken();
			}
			users.save(user);
			organizations.save(organization);
			memberships.save(Membership.of(organization.id(), user.id(), Role.CLIENT));
			jdbc.sql("update organizations set agency = true where id = ? and not agency").param(agency.value()).update();
			jdbc.sql("""
					insert into client_accounts (organization_id, agency_id, client_type, services, contact_name,
					                             contact_email, first_user_id)
					values (?, ?, ?, ?, ?, ?, ?)
					""")
				.params(id.value(), agency.value(), account.clientType(), account.services().toArray(String[]::new),
						account.contactName(), account.contactEmail(), user.id())
				.update();
			events.publishEvent(new OrganizationCreated(id, organization.name(), user.id()));
			events.publishEvent(new ClientAccountCreated(agency, id, organization.name(), account.clientType(),
					account.services(), user.id(), actor.userId(), Instant.now()));
			return select("where ca.organization_id = ?", id.value()).orElseThrow();
		});
	}

	@Override
	public Optional<ClientAccount> find(OrganizationId agency, OrganizationId id) {
		return transactions.call(TenantScope.organization(agency, new Actor.Anonymous()),
				() -> select("where ca.agency_id = ? and ca.organization_id = ?", agency.value(), id.value()));
	}

	@Override
	public List<ClientAccount> openableBy(OrganizationId agency, UUID userId) {
		return transactions.call(TenantScope.organization(agency, new Actor.Anonymous()), () -> {
			Role role = memberships.findByOrganizationIdAndUserId(agency.value(), userId).map(Membership::role).orElse(null);
			if (role == null || !role.atLeast(Role.MEMBER)) {
				return List.of();
			}
			return jdbc.sql(SELECT + "where ca.agency_id = ? and " + OPENABLE + " order by lower(o.name), ca.organization_id")
				.params(agency.value(), role.atLeast(Role.MANAGER), userId)
				.query(ClientAccountRegistry::account)
				.list();
		});
	}

	@Override
	public Optional<ClientAccount> ofClient(OrganizationId client) {
		return transactions.call(TenantScope.organization(client, new Actor.Anonymous()), () -> ofClientInScope(client));
	}

	private Optional<ClientAccount> ofClientInScope(OrganizationId client) {
		return select("where ca.organization_id = ?", client.value());
	}

	private void requireMayCreate(OrganizationId agency, Actor actor) {
		if (!organizations.existsById(agency.value())) {
			throw NotFoundException.of("Organization");
		}
		UUID userId = actor.userId();
		if (userId != null && memberships.findByOrganizationIdAndUserId(agency.value(), userId)
			.filter(membership -> membership.role().atLeast(Role.ADMIN))
			.isEmpty()) {
			throw new AccessDeniedException("Only the agency's owners and admins create client accounts.");
		}
	}

	private Optional<ClientAccount> select(String where, Object... params) {
		return jdbc.sql(SELECT + where).params(params).query(ClientAccountRegistry::account).optional();
	}

	static ClientAccount account(ResultSet rs, int row) throws SQLException {
		return new ClientAccount(OrganizationId.of(rs.getObject("organization_id", UUID.class)),
				OrganizationId.of(rs.getObject("agency_id", UUID.class)), rs.getString("name"),
				rs.getString("client_type"), List.of((String[]) rs.getArray("services").getArray()),
				rs.getString("contact_name"), rs.getString("contact_email"), rs.getObject("first_user_id", UUID.class),
				rs.getTimestamp("created_at").toInstant());
	}
}
