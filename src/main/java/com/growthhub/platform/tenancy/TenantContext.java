package com.growthhub.platform.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.growthhub.shared.OrganizationId;

/**
 * The tenant scope of the current thread. The web layer opens it per request after authentication;
 * jobs and event listeners open it from the data they process, never from another thread.
 */
public final class TenantContext {

	private static final ThreadLocal<TenantScope> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static TenantScope current() {
		TenantScope scope = CURRENT.get();
		return scope != null ? scope : TenantScope.anonymous();
	}

	public static Optional<OrganizationId> organizationId() {
		return Optional.ofNullable(current().organizationId());
	}

	public static OrganizationId requireOrganizationId() {
		return organizationId().orElseThrow(NoOrganizationSelectedException::new);
	}

	public static Optional<UUID> userId() {
		return Optional.ofNullable(current().userId());
	}

	public static <T> T call(TenantScope scope, Supplier<T> work) {
		TenantScope previous = CURRENT.get();
		CURRENT.set(scope);
		try {
			return work.get();
		}
		finally {
			restore(previous);
		}
	}

	public static void run(TenantScope scope, Runnable work) {
		call(scope, () -> {
			work.run();
			return null;
		});
	}

	/** Opens a scope for the rest of a request; the returned handle restores the previous one. */
	public static Opened open(TenantScope scope) {
		TenantScope previous = CURRENT.get();
		CURRENT.set(scope);
		return () -> restore(previous);
	}

	/** An open scope; closing it restores the one before. */
	public interface Opened extends AutoCloseable {
		@Override
		void close();
	}

	private static void restore(TenantScope previous) {
		if (previous == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(previous);
		}
	}
}
