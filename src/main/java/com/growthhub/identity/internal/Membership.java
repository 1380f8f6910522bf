package com.growthhub.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.growthhub.identity.Role;
import com.growthhub.shared.Ids;

/** A user's place in one organization. */
@Table("memberships")
public class Membership {

	@Id
	private UUID id;
	private UUID organizationId;
	private UUID userId;
	private Role role;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private @Nullable Long version;

	Membership(UUID id, UUID organizationId, UUID userId, Role role, Instant createdAt, Instant updatedAt,
			@Nullable Long version) {
		this.id = id;
		this.organizationId = organizationId;
		this.userId = userId;
		this.role = role;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Membership of(UUID organizationId, UUID userId, Role role) {
		Instant now = Instant.now();
		return new Membership(Ids.next(), organizationId, userId, role, now, now, null);
	}

	void changeRole(Role newRole) {
		role = newRole;
		updatedAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public UUID userId() {
		return userId;
	}

	public Role role() {
		return role;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
