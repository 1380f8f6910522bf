package com.growthhub.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

@Component
class MembershipDirectory implements Members {

	/**
	 * The organization's members, and in a client account also the agency staff who may open it (by the rule of
	 * {@code agency_role_in}), with the role they act in there.
	 */
	private static final String MEMBERS = """
			select * from (
			  select u.id, trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')) as name, u.email, m.role
			  from memberships m join users u on u.id = m.user_id
			  where m.organization_id = :organization
			  union all
			  select u.id, trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), u.email,
			         agency_role_in(ca.organization_id, u.id)
			  from client_accounts ca
			  join memberships staff on staff.organization_id = ca.agency_id
			  join users u on u.id = staff.user_id
			  where ca.organization_id = :organization
			    and not exists (select 1 from memberships direct
			                    where direct.organization_id = ca.organization_id and direct.user_id = u.id)
			) reachable
			where role is not null
			""";

	private final JdbcClient jdbc;

	MembershipDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Role> roleOf(OrganizationId organization, UUID userId) {
		return find(organization, userId).map(Member::role);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean reaches(OrganizationId organization, Actor actor, Role least) {
		return !(actor instanceof Actor.User user)
				|| roleOf(organization, user.userId()).filter(role -> role.atLeast(least)).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Member> list(OrganizationId organization) {
		return jdbc.sql(MEMBERS + " order by lower(coalesce(nullif(name, ''), email)), email")
			.param("organization", organization.value())
			.query(MembershipDirectory::member)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Member> find(OrganizationId organization, UUID userId) {
		return jdbc.sql(MEMBERS + " and id = :user")
			.param("organization", organization.value())
			.param("user", userId)
			.query(MembershipDirectory::member)
			.optional();
	}

	private static Member member(ResultSet rs, int row) throws SQLException {
		String name = rs.getString("name");
		return new Member(rs.getObject("id", UUID.class), name.isBlank() ? rs.getString("email") : name,
				rs.getString("email"), Role.valueOf(rs.getString("role")));
	}
}
