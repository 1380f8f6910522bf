package com.growthhub.identity.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.identity.ClientActivation;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Service
class ClientActivations implements ClientActivation {

	private final UserAccountRepository users;
	private final PasswordPolicy passwords;
	private final TenantTransactions transactions;
	private final BrowserSignIn browserSignIn;
	private final ApiSignIn apiSignIn;

	ClientActivations(UserAccountRepository users, PasswordPolicy passwords, TenantTransactions transactions,
			BrowserSignIn browserSignIn, ApiSignIn apiSignIn) {
		this.users = users;
		this.passwords = passwords;
		this.transactions = transactions;
		this.browserSignIn = browserSignIn;
		this.apiSignIn = apiSignIn;
	}

	@Override
	public void activateInBrowser(UUID userId, String password, HttpServletRequest request,
			HttpServletResponse response) {
		browserSignIn.start(new SignIn.Outcome.SignedIn(activate(userId, password), null), request, response);
	}

	@Override
	public ApiSession activateForApi(UUID userId, String password, String ipAddress, @Nullable String userAgent) {
		ApiSignIn.TokenPair pair = apiSignIn.start(activate(userId, password), new ClientInfo(ipAddress, userAgent, null));
		return new ApiSession(pair.accessToken(), pair.refreshToken(), pair.expiresIn(), pair.userId(),
				pair.organizationId());
	}

	private UserAccount activate(UUID userId, String password) {
		passwords.check("password", password);
		String hash = passwords.hash(password);
		return transactions.call(new TenantScope(null, userId, new Actor.User(userId), false), () -> {
			UserAccount user = users.findById(userId).orElseThrow(() -> NotFoundException.of("User"));
			if (user.passwordHash() != null) {
				throw ClientAccountConflictException.alreadyActivated();
			}
			user.changePassword(hash);
			user.verifyEmail();
			user.recordSignIn();
			return users.save(user);
		});
	}
}
