package com.growthhub.platform.tenancy;

/**
 * Work for one tenant was asked to run inside a transaction open for another: joining would let it see or
 * write the wrong organization's rows, so it is refused outright.
 */
public class TenantMismatchException extends IllegalStateException {

	TenantMismatchException(TenantScope open, TenantScope wanted) {
		super("A transaction for " + describe(open) + " is open on this thread; work for " + describe(wanted)
				+ " must not join it (use callInNewTransaction if it must commit on its own)");
	}

	private static String describe(TenantScope scope) {
		if (scope.system()) {
			return "the system scope";
		}
		return scope.organizationId() == null ? "no organization (" + scope.actor().label() + ")"
				: "organization " + scope.organizationId();
	}
}
