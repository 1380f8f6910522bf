package com.growthhub.identity.internal;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import com.growthhub.identity.ClientAccount;
import com.growthhub.identity.ClientAccounts;
import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.NewClientAccount;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;

/**
 * The client accounts of the agency a person selected, as they may see and change them: owners and admins change
 * them; managers see all; members see those assigned to them; an account they may not open answers 404.
 */
@Service
public class ClientAccountManagement {

	public static final int DEFAULT_LIMIT = 50;

	private final ClientAccounts registry;
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ClientAccountManagement(ClientAccounts registry, JdbcClient jdbc, TenantTransactions transactions) {
		this.registry = registry;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** A client account with the agency members assigned to it. */
	public record Managed(ClientAccount account, List<UUID> assignedMemberIds) {
	}

	public record Page(List<Managed> items, @Nullable String nextCursor) {
	}

	/** A change: null fields stay as they are. */
	public record Change(@Nullable String name, @Nullable String clientType, @Nullable List<String> services,
			@Nullable List<UUID> assignedMemberIds) {
	}

	public Page list(CurrentUser user, @Nullable PageCursor cursor, int limit) {
		if (limit < 1 || limit > 200) {
			throw ClientAccountInputException.field("limit", "must be between 1 and 200");
		}
		List<Managed> rows = inAgency(user, () -> jdbc.sql(SELECT + """
				where ca.agency_id = ? and """ + ClientAccountRegistry.OPENABLE + """
				  and (cast(? as timestamptz) is null or (ca.created_at, ca.organization_id) > (cast(? as timestamptz), ?))
				order by ca.created_at, ca.organization_id limit ?
				""")
			.params(user.organization().value(), seesAll(user), user.userId(), cursorTime(cursor), cursorTime(cursor),
					cursor == null ? null : cursor.id(), limit + 1)
			.query(ClientAccountManagement::managed)
			.list());
		boolean more = rows.size() > limit;
		List<Managed> page = more ? rows.subList(0, limit) : rows;
		ClientAccount last = page.isEmpty() ? null : page.getLast().account();
		return new Page(List.copyOf(page), more ? new PageCursor(last.createdAt(), last.id().value()).encode() : null);
	}

	public Managed get(CurrentUser user, UUID id) {
		return inAgency(user, () -> find(user, id));
	}

	public Managed create(CurrentUser user, NewClientAccount account) {
		ClientAccount created = registry.create(user.organization(), account, new Actor.User(user.userId()));
		return get(user, created.id().value());
	}

	/**
	 * Checked in the agency's scope (may the person see and change it, are the assignees the agency's members); written
	 * in the system scope, because the name belongs to the client's organization.
	 */
	public Managed change(CurrentUser user, UUID id, Change change) {
		String name = change.name() == null ? null : ClientAccountValues.name(change.name());
		String type = change.clientType() == null ? null : ClientAccountValues.clientType(change.clientType());
		List<String> services = change.services() == null ? null : ClientAccountValues.services(change.services());
		List<UUID> assigned = change.assignedMemberIds() == null ? null
				: change.assignedMemberIds().stream().distinct().toList();
		inAgency(user, () -> {
			find(user, id);
			if (!user.hasRole(Role.ADMIN)) {
				throw new AccessDeniedException("Only the agency's owners and admins change client accounts.");
			}
			if (assigned != null && countMembers(user, assigned) != assigned.size()) {
				throw ClientAccountInputException.field("assignedMemberIds", "must list members of the agency");
			}
			return null;
		});
		Actor actor = new Actor.User(user.userId());
		transactions.run(new TenantScope(null, user.userId(), actor, true), () -> {
			if (name != null) {
				jdbc.sql("update organizations set name = ?, updated_at = now() where id = ?").params(name, id).update();
			}
			jdbc.sql("""
					update client_accounts set client_type = coalesce(?, client_type),
					       services = coalesce(?, services), updated_at = now(), version = version + 1
					where organization_id = ? and agency_id = ?
					""")
				.params(type, services == null ? null : services.toArray(String[]::new), id, user.organization().value())
				.update();
			if (assigned != null) {
				jdbc.sql("delete from client_account_assignments where organization_id = ? and not (user_id = any(?))")
					.params(id, assigned.toArray(UUID[]::new)).update();
				for (UUID member : assigned) {
					jdbc.sql("""
							insert into client_account_assignments (organization_id, agency_id, user_id) values (?, ?, ?)
							on conflict do nothing
							""").params(id, user.organization().value(), member).update();
				}
			}
		});
		return get(user, id);
	}

	private Managed find(CurrentUser user, UUID id) {
		return jdbc.sql(SELECT + "where ca.agency_id = ? and ca.organization_id = ? and " + ClientAccountRegistry.OPENABLE)
			.params(user.organization().value(), id, seesAll(user), user.userId())
			.query(ClientAccountManagement::managed)
			.optional()
			.orElseThrow(() -> NotFoundException.of("Client account"));
	}

	private int countMembers(CurrentUser user, List<UUID> userIds) {
		return jdbc.sql("select count(*) from memberships where organization_id = ? and user_id = any(?) and role <> 'CLIENT'")
			.params(user.organization().value(), userIds.toArray(UUID[]::new))
			.query(Integer.class)
			.single();
	}

	/** Clients and anybody below member see no client accounts, as if there were none. */
	private <T> T inAgency(CurrentUser user, java.util.function.Supplier<T> work) {
		if (!user.hasRole(Role.MEMBER)) {
			throw NotFoundException.of("Client account");
		}
		return transactions.call(TenantScope.acting(user.organization(), new Actor.User(user.userId())), work);
	}

	private static boolean seesAll(CurrentUser user) {
		return user.hasRole(Role.MANAGER);
	}

	private static @Nullable Timestamp cursorTime(@Nullable PageCursor cursor) {
		return cursor == null ? null : Timestamp.from(cursor.instant());
	}

	private static final String SELECT = ClientAccountRegistry.SELECT.replace("from client_accounts ca", """
			, array(select a.user_id from client_account_assignments a
			        where a.organization_id = ca.organization_id order by a.created_at, a.user_id) as assigned
			from client_accounts ca""");

	private static Managed managed(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Managed(ClientAccountRegistry.account(rs, row),
				Arrays.asList((UUID[]) rs.getArray("assigned").getArray()));
	}
}
