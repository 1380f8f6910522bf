package com.growthhub.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.growthhub.shared.Ids;

/** A person who can sign in. Not owned by a tenant: one account may belong to several organizations. */
@Table("users")
public class UserAccount {

	@Id
	private UUID id;
	private String email;
	private @Nullable String passwordHash;
	private String firstName;
	private String lastName;
	private @Nullable Instant emailVerifiedAt;
	private @Nullable String totpSecret;
	private @Nullable Instant totpEnabledAt;
	private int failedLogins;
	private @Nullable Instant lastLoginAt;
	private @Nullable String timeZone;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private @Nullable Long version;

	UserAccount(UUID id, String email, @Nullable String passwordHash, String firstName, String lastName,
			@Nullable Instant emailVerifiedAt, @Nullable String totpSecret, @Nullable Instant totpEnabledAt,
			int failedLogins, @Nullable Instant lastLoginAt, @Nullable String timeZone, Instant createdAt,
			Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.email = email;
		this.passwordHash = passwordHash;
		this.firstName = firstName;
		this.lastName = lastName;
		this.emailVerifiedAt = emailVerifiedAt;
		this.totpSecret = totpSecret;
		this.totpEnabledAt = totpEnabledAt;
		this.failedLogins = failedLogins;
		this.lastLoginAt = lastLoginAt;
		this.timeZone = timeZone;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static UserAccount register(String email, String passwordHash, String firstName, String lastName) {
		Instant now = Instant.now();
		return new UserAccount(Ids.next(), normalize(email), passwordHash, firstName.strip(), lastName.strip(), null,
				null, null, 0, null, null, now, now, null);
	}

	/** Someone an agency adds as a client: no password and unverified until they accept the onboarding invitation. */
	static UserAccount invited(String email, String firstName, String lastName) {
		Instant now = Instant.now();
		return new UserAccount(Ids.next(), normalize(email), null, firstName.strip(), lastName.strip(), null, null,
				null, 0, null, null, now, now, null);
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	void verifyEmail() {
		if (emailVerifiedAt == null) {
			emailVerifiedAt = Instant.now();
			touch();
		}
	}

	void recordFailedSignIn() {
		failedLogins++;
		touch();
	}

	void recordSignIn() {
		failedLogins = 0;
		lastLoginAt = Instant.now();
		touch();
	}

	void changePassword(String newHash) {
		passwordHash = newHash;
		touch();
	}

	void rename(String first, String last) {
		firstName = first.strip();
		lastName = last.strip();
		touch();
	}

	/** Null: times read in the organization's zone. Already checked by {@link PreferenceValues}. */
	void changeTimeZone(@Nullable String zone) {
		timeZone = zone;
		touch();
	}

	void enableTotp(String secret) {
		totpSecret = secret;
		totpEnabledAt = Instant.now();
		touch();
	}

	void disableTotp() {
		totpSecret = null;
		totpEnabledAt = null;
		touch();
	}

	private void touch() {
		updatedAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public String email() {
		return email;
	}

	@Nullable String passwordHash() {
		return passwordHash;
	}

	public String firstName() {
		return firstName;
	}

	public String lastName() {
		return lastName;
	}

	public boolean isVerified() {
		return emailVerifiedAt != null;
	}

	public boolean hasTotp() {
		return totpEnabledAt != null && totpSecret != null;
	}

	@Nullable String totpSecret() {
		return totpSecret;
	}

	int failedLogins() {
		return failedLogins;
	}

	public @Nullable Instant lastLoginAt() {
		return lastLoginAt;
	}

	/** The zone this person reads times in, null when they follow their organization's. */
	public @Nullable String timeZone() {
		return timeZone;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
