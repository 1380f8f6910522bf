package com.growthhub.platform.tenancy;

import java.util.UUID;

/** Who is changing data: recorded with every audit event. */
public sealed interface Actor {

	/** The text stored per transaction and in the audit trail, e.g. {@code user:0190…} or {@code job:outbox}. */
	String label();

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
