package com.growthhub.masterclasses.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A registration as staff and the API see it (never the join token, which is not stored). */
public record RegistrationView(UUID id, UUID masterclassId, @Nullable UUID contactId, String name, String email,
		@Nullable String phone, Map<String, String> answers, FunnelStatus funnelStatus, boolean hasSeat,
		@Nullable UUID invoiceId, Map<String, String> utm, Instant createdAt, Instant updatedAt) {
}
