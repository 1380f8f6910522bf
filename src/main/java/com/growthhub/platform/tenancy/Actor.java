package com.growthhub.platform.tenancy;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is acting: a person (in the browser or through one of their API tokens), a job, or an integration's
 * connection. Services take it explicitly, next to the {@link com.growthhub.shared.OrganizationId} they act for,
 * and record it with every change (audit trail, "created by").
 */
public sealed interface Actor {

	/** The text stored per transaction and in the audit trail, e.g. {@code user:0190…} or {@code job:outbox}. */
	String label();

	/** The person acting, or {@code null} for a job, an integration or nobody. */
	default @Nullable UUID userId() {
		return null;
	}

	/** The person acting; for work only a person may do. */
	default UUID requireUserId() {
		UUID userId = userId();
		if (userId == null) {
			throw new IllegalStateException(label() + " is not a person");
		}
		return userId;
	}

	record User(UUID userId) implements Actor {
		public String label() {
			return "user:" + userId;
		}
	}

	record Job(String name) implements Actor {
		public String label() {
			return "job:" + name;
		}
	}

	record Integration(String name) implements Actor {
		public String label() {
			return "integration:" + name;
		}
	}

	record Anonymous() implements Actor {
		public String label() {
			return "anonymous";
		}
	}
}
