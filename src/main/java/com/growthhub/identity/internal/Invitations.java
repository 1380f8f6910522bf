package com.growthhub.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.Role;
import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.PlatformSettings;
import com.growthhub.platform.security.InstallationSecrets;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/** Invitations by email with a role: a single-use link valid 7 days, revocable until accepted. */
@Service
public class Invitations {

	static final Duration VALIDITY = Duration.ofDays(7);

	private final JdbcClient jdbc;
	private final UserAccountRepository users;
	private final MembershipRepository memberships;
	private final PasswordPolicy passwords;
	private final Outbox outbox;
	private final TenantTransactions transactions;
	private final PlatformSettings settings;

	Invitations(JdbcClient jdbc, UserAccountRepository users, MembershipRepository memberships,
			PasswordPolicy passwords, Outbox outbox, TenantTransactions transactions, PlatformSettings settings) {
		this.jdbc = jdbc;
		this.users = users;
		this.memberships = memberships;
		this.passwords = passwords;
		this.outbox = outbox;
		this.transactions = transactions;
		this.settings = settings;
	}

	public record InvitationView(UUID id, String email, Role role, String status, Instant createdAt,
			Instant expiresAt, @Nullable Instant acceptedAt, @Nullable Instant revokedAt) {
	}

	/** What the invitation page shows before accepting. */
	public record Preview(UUID organizationId, String organizationName, String email, Role role, boolean hasAccount) {
	}

	record Open(UUID id, UUID organizationId, String organizationName, String email, Role role) {
	}

	/** An invitation to the organization the inviter selected, sent by them. */
	public InvitationView invite(CurrentUser inviter, String email, Role role) {
		Organizations.requireMayManage(inviter, role, role);
		OrganizationId organization = inviter.organization();
		String normalized = UserAccount.normalize(email);
		String token = InstallationSecrets.randomToken(32);
		return transactions.call(organization, new Actor.User(inviter.userId()), () -> {
			Optional<UserAccount> existing = users.findByEmail(normalized);
			if (existing.isPresent() && memberships.findByOrganizationIdAndUserId(organization.value(), existing.get().id()).isPresent()) {
				throw new AlreadyMemberException();
			}
			jdbc.sql("""
					update invitations set revoked_at = now(), updated_at = now()
					where organization_id = ? and email = ? and accepted_at is null and revoked_at is null
					""").params(organization.value(), normalized).update();
			UUID id = Ids.next();
			jdbc.sql("""
					insert into invitations (id, organization_id, email, role, token_hash, invited_by, expires_at)
					values (?, ?, ?, ?, ?, ?, now() + make_interval(days => ?))
					""")
				.params(id, organization.value(), normalized, role.name(), InstallationSecrets.sha256(token),
						inviter.userId(), (int) VALIDITY.toDays())
				.update();
			String organizationName = jdbc.sql("select name from organizations where id = ?")
				.param(organization.value()).query(String.class).single();
			outbox.enqueue(new EmailRequest(organization, existing.map(UserAccount::id).orElse(null), normalized,
					"invitation", inviter.displayName() + " invited you to " + organizationName + " on GrowthHub",
					Map.of("inviter", inviter.displayName(), "organizationName", organizationName, "role", role.key(),
							"link", settings.baseUrl() + "/invitations/" + token),
					token));
			return find(id).orElseThrow();
		});
	}

	public List<InvitationView> list(OrganizationId organization) {
		return transactions.call(organization, new Actor.Anonymous(), () -> jdbc.sql(SELECT + """
				where organization_id = ? order by created_at desc limit 200
				""").param(organization.value()).query(InvitationView.class).list());
	}

	public void revoke(OrganizationId organization, Actor actor, UUID id) {
		int changed = transactions.call(organization, actor, () -> jdbc.sql("""
				update invitations set revoked_at = coalesce(revoked_at, now()), updated_at = now()
				where id = ? and organization_id = ? and accepted_at is null
				""").params(id, organization.value()).update());
		if (changed == 0) {
			throw NotFoundException.of("Invitation");
		}
	}

	public Preview preview(String token) {
		Open open = open(token).orElseThrow(InvalidTokenException::invitation);
		boolean hasAccount = transactions.call(TenantScope.anonymous(), () -> users.findByEmail(open.email()).isPresent());
		return new Preview(open.organizationId(), open.organizationName(), open.email(), open.role(), hasAccount);
	}

	/** A newcomer accepts: the account is created already verified, because the link proves the address. */
	public UUID acceptAsNewUser(String token, String firstName, String lastName, String password) {
		passwords.check("password", password);
		String hash = passwords.hash(password);
		Open open = open(token).orElseThrow(InvalidTokenException::invitation);
		UserAccount user = UserAccount.register(open.email(), hash, firstName, lastName);
		user.verifyEmail();
		transactions.run(scope(open, user.id()), () -> {
			if (users.findByEmail(open.email()).isPresent()) {
				throw new EmailAlreadyRegisteredException();
			}
			users.save(user);
			join(open, user.id());
		});
		return user.id();
	}

	/** Someone who already has an account accepts while signed in with the invited address. */
	public UUID acceptAsExistingUser(String token, CurrentUser user) {
		Open open = open(token).orElseThrow(InvalidTokenException::invitation);
		if (!open.email().equalsIgnoreCase(user.email())) {
			throw new AccessDeniedException("This invitation was sent to another email address.");
		}
		transactions.run(scope(open, user.userId()), () -> join(open, user.userId()));
		return open.organizationId();
	}

	private void join(Open open, UUID userId) {
		int claimed = jdbc.sql("""
				update invitations set accepted_at = now(), updated_at = now()
				where id = ? and accepted_at is null and revoked_at is null and expires_at > now()
				""").param(open.id()).update();
		if (claimed == 0) {
			throw InvalidTokenException.invitation();
		}
		if (memberships.findByOrganizationIdAndUserId(open.organizationId(), userId).isEmpty()) {
			memberships.save(Membership.of(open.organizationId(), userId, open.role()));
		}
	}

	private Optional<Open> open(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return transactions.call(TenantScope.system(new Actor.Anonymous()), () -> jdbc.sql("""
				select i.id, i.organization_id, o.name as organization_name, i.email, i.role
				from invitations i join organizations o on o.id = i.organization_id
				where i.token_hash = ? and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
				""").param(InstallationSecrets.sha256(token)).query(Open.class).optional());
	}

	private Optional<InvitationView> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(InvitationView.class).optional();
	}

	private static TenantScope scope(Open open, UUID userId) {
		return new TenantScope(OrganizationId.of(open.organizationId()), userId, new Actor.User(userId), false);
	}

	private static final String SELECT = """
			select id, email, role, created_at, expires_at, accepted_at, revoked_at,
			  case when accepted_at is not null then 'accepted' when revoked_at is not null then 'revoked'
			       when expires_at <= now() then 'expired' else 'pending' end as status
			from invitations
			""";
}
