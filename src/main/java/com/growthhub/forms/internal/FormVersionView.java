package com.growthhub.forms.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A frozen version of a form. */
public record FormVersionView(int version, FormDefinition definition, @Nullable UUID publishedBy, Instant publishedAt) {
}
