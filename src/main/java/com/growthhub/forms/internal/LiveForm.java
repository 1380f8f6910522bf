package com.growthhub.forms.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/** The published version of a form as the public endpoints serve it. */
public record LiveForm(UUID formId, OrganizationId organization, int version, FormDefinition definition,
		@Nullable UUID createdBy) {
}
