package com.growthhub.contacts.internal.imports;

import java.util.UUID;

import com.growthhub.contacts.ContactImports.Options;

/** Which import a batch belongs to, who runs it, and its options. */
record BatchSetup(UUID organization, UUID importId, UUID actingUser, Options options) {
}
