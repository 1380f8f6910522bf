package com.growthhub.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.growthhub.shared.Ids;

/**
 * A tenant: a business or agency. Everything tenant-owned carries its id. Its default currency is what new deals and
 * services are in when nobody names one; its time zone is the one its people read times in unless they chose their own.
 */
@Table("organizations")
public class Organization {

	@Id
	private UUID id;
	private String name;
	private String defaultCurrency;
	private String timeZone;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private @Nullable Long version;

	Organization(UUID id, String name, String defaultCurrency, String timeZone, Instant createdAt, Instant updatedAt,
			@Nullable Long version) {
		this.id = id;
		this.name = name;
		this.defaultCurrency = defaultCurrency;
		this.timeZone = timeZone;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Organization named(String name) {
		Instant now = Instant.now();
		return new Organization(Ids.next(), name.strip(), "USD", "UTC", now, now, null);
	}

	void rename(String newName) {
		name = newName.strip();
		updatedAt = Instant.now();
	}

	/** Both already checked by {@link PreferenceValues}. */
	void changePreferences(String currency, String zone) {
		defaultCurrency = currency;
		timeZone = zone;
		updatedAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String defaultCurrency() {
		return defaultCurrency;
	}

	public String timeZone() {
		return timeZone;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
