package com.growthhub.integrations.internal.connectors;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How one provider's lifecycle values translate to GrowthHub's (target, contact, plug, lead, client) and back. A
 * value with no translation in is passed on as it is, so the sync names it in its warning; a local value with no
 * translation out is not sent, and the provider keeps what it has.
 */
public record LifecycleValues(Map<String, String> in, Map<String, String> out) {

	public String toLocal(String remote) {
		String local = this.in.get(remote.strip().toLowerCase(Locale.ROOT));
		return local != null ? local : remote.strip();
	}

	public @Nullable String toRemote(String local) {
		return this.out.get(local.strip().toLowerCase(Locale.ROOT));
	}
}
