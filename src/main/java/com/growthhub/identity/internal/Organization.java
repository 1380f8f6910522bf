package com.growthhub.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.growthhub.shared.Ids;

/** A tenant: a business or agency. Everything tenant-owned carries its id. */
@Table("organizations")
public class Organization {

	@Id
	private UUID id;
	private String name;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private @Nullable Long version;

	Organization(UUID id, String name, Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.name = name;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Organization named(String name) {
		Instant now = Instant.now();
		return new Organization(Ids.next(), name.strip(), now, now, null);
	}

	void rename(String newName) {
		name = newName.strip();
		updatedAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
