package com.growthhub.identity.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Turns a completed sign-in into an API session: an access token and a rotating refresh token. */
@Service
public class ApiSignIn {

	private final SignIn signIn;
	private final AuthSessions sessions;
	private final AccessTokens accessTokens;
	private final TenantTransactions transactions;
	private final MembershipRepository memberships;
	private final ClientAccountAccess clientAccounts;

	ApiSignIn(SignIn signIn, AuthSessions sessions, AccessTokens accessTokens, TenantTransactions transactions,
			MembershipRepository memberships, ClientAccountAccess clientAccounts) {
		this.memberships = memberships;
		this.clientAccounts = clientAccounts;
		this.signIn = signIn;
		this.sessions = sessions;
		this.accessTokens = accessTokens;
		this.transactions = transactions;
	}

	public record TokenPair(String accessToken, String refreshToken, long expiresIn, UUID userId,
			@Nullable UUID organizationId) {
	}

	public TokenPair start(UserAccount user, ClientInfo client) {
		UUID organization = signIn.defaultOrganization(user.id());
		TenantScope scope = TenantScope.user(user.id(), organization == null ? null : OrganizationId.of(organization));
		return transactions.call(scope, () -> {
			UUID session = sessions.start(user.id(), organization, AuthSessions.Channel.API, client);
			return new TokenPair(accessTokens.issue(user.id(), session, organization), sessions.issueRefreshToken(session),
					AccessTokens.LIFETIME.toSeconds(), user.id(), organization);
		});
	}

	public TokenPair refresh(String refreshToken, @Nullable UUID organization) {
		if (organization != null) {
			// Checked before anything rotates: a refused switch leaves the presented token as good as it was.
			UUID userId = transactions.call(TenantScope.anonymous(), () -> sessions.userOf(refreshToken))
				.orElseThrow(AuthenticationFailedException::invalidRefreshToken);
			boolean member = transactions.call(TenantScope.user(userId, null),
					() -> memberships.findByUserIdOrderByCreatedAt(userId)
						.stream()
						.anyMatch(membership -> membership.organizationId().equals(organization)))
					|| clientAccounts.roleThroughAgency(userId, organization).isPresent();
			if (!member) {
				throw new NotAMemberException();
			}
		}
		AuthSessions.RefreshOutcome outcome = transactions.call(TenantScope.anonymous(),
				() -> sessions.refresh(refreshToken, organization));
		if (!(outcome instanceof AuthSessions.RefreshOutcome.Rotated(AuthSessions.Rotation rotation))) {
			throw AuthenticationFailedException.invalidRefreshToken();
		}
		AuthSessions.SessionState state = transactions.call(
				TenantScope.user(rotation.userId(), null), () -> sessions.state(rotation.sessionId(), rotation.organizationId()));
		Role role = state.role();
		UUID selected = role == null ? null : rotation.organizationId();
		return new TokenPair(accessTokens.issue(rotation.userId(), rotation.sessionId(), selected),
				rotation.refreshToken(), AccessTokens.LIFETIME.toSeconds(), rotation.userId(), selected);
	}
}
