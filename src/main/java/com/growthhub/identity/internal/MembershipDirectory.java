package com.growthhub.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.shared.OrganizationId;

@Component
class MembershipDirectory implements Members {

	private final MembershipRepository memberships;
	private final JdbcClient jdbc;

	MembershipDirectory(MembershipRepository memberships, JdbcClient jdbc) {
		this.memberships = memberships;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Role> roleOf(OrganizationId organization, UUID userId) {
		return memberships.findByOrganizationIdAndUserId(organization.value(), userId).map(Membership::role);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Member> list(OrganizationId organization) {
		return jdbc.sql("""
				select u.id, trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')) as name, u.email, m.role
				from memberships m join users u on u.id = m.user_id
				where m.organization_id = ? order by lower(coalesce(u.first_name, u.email)), u.email
				""")
			.param(organization.value())
			.query((rs, n) -> {
				String name = rs.getString("name");
				return new Member(rs.getObject("id", UUID.class), name.isBlank() ? rs.getString("email") : name,
						rs.getString("email"), Role.valueOf(rs.getString("role")));
			})
			.list();
	}
}
