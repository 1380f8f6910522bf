package com.growthhub.onboarding.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.identity.ClientAccountCreated;
import com.growthhub.identity.ClientAccounts;
import com.growthhub.platform.tenancy.Actor;

/**
 * A client account created anywhere (the accounts API, an import) gets its onboarding and invitation too; one created
 * through onboarding already has it, and {@link ClientOnboarding#open} then does nothing.
 */
@Component
class ClientAccountListener {

	private final ClientAccounts clientAccounts;
	private final ClientOnboarding onboarding;

	ClientAccountListener(ClientAccounts clientAccounts, ClientOnboarding onboarding) {
		this.clientAccounts = clientAccounts;
		this.onboarding = onboarding;
	}

	@ApplicationModuleListener
	void on(ClientAccountCreated event) {
		Actor actor = event.createdBy() == null ? new Actor.Job("onboarding") : new Actor.User(event.createdBy());
		clientAccounts.find(event.organizationId(), event.clientAccountId())
			.ifPresent(account -> onboarding.open(account, actor));
	}
}
