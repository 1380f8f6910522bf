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
import com.growthhub.shared.OrganizationId;

@Component
class MembershipDirectory implements Members {

	private static final String MEMBERS = """
			select u.id, trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')) as name, u.email, m.role
			from memberships m join users u on u.id = m.user_id
			""";

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
		return jdbc.sql(MEMBERS + " where m.organization_id = ? order by lower(coalesce(u.first_name, u.email)), u.email")
			.param(organization.value())
			.query(MembershipDirectory::member)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Member> find(OrganizationId organization, UUID userId) {
		return jdbc.sql(MEMBERS + " where m.organization_id = ? and m.user_id = ?")
			.params(organization.value(), userId)
			.query(MembershipDirectory::member)
			.optional();
	}

	private static Member member(ResultSet rs, int row) throws SQLException {
		String name = rs.getString("name");
		return new Member(rs.getObject("id", UUID.class), name.isBlank() ? rs.getString("email") : name,
				rs.getString("email"), Role.valueOf(rs.getString("role")));
	}
}
