package com.growthhub.analytics.internal.commissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/** The organization's providers: listed newest first with a cursor, written by managers, named on invoice lines. */
@Service
public class Providers implements CommissionRecords<ProviderView, ProviderDraft> {

	public static final int DEFAULT_LIMIT = 50;

	public record Page(List<ProviderView> items, @Nullable String nextCursor) {
	}

	private static final String COLUMNS = "id, name, role, member_user_id, active, created_at, version from providers ";

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final CommissionAccess access;
	private final Members members;

	Providers(JdbcClient jdbc, TenantTransactions transactions, CommissionAccess access, Members members) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.access = access;
		this.members = members;
	}

	public Page list(OrganizationId organization, Actor actor, @Nullable PageCursor cursor, int limit) {
		access.read(organization, actor);
		NewestFirst newest = new NewestFirst(cursor, limit);
		return newest.page(transactions.call(organization, actor, () -> newest.bind(jdbc.sql("select " + COLUMNS
				+ " where organization_id = :org" + NewestFirst.AFTER_CURSOR).param("org", organization.value()))
			.query(Providers::row).list()), Page::new);
	}

	/** All of them by name, for pickers. */
	public List<ProviderView> all(OrganizationId organization, Actor actor) {
		access.read(organization, actor);
		return transactions.call(organization, actor, () -> jdbc.sql("select " + COLUMNS
				+ " where organization_id = ? order by lower(name), id").params(organization.value())
			.query(Providers::row).list());
	}

	@Override
	public ProviderView get(OrganizationId organization, Actor actor, UUID id) {
		access.read(organization, actor);
		return transactions.call(organization, actor, () -> find(organization, id));
	}

	@Override
	public ProviderView create(OrganizationId organization, Actor actor, ProviderDraft draft) {
		access.manage(organization, actor);
		check(organization, draft);
		UUID id = transactions.call(organization, actor, () -> unique(() -> jdbc.sql("""
				insert into providers (organization_id, name, role, member_user_id, active) values (?, ?, ?, ?, ?)
				returning id""").params(organization.value(), draft.name().strip(), draft.role().key(),
				draft.memberUserId(), draft.active()).query(UUID.class).single()));
		return get(organization, actor, id);
	}

	@Override
	public ProviderView update(OrganizationId organization, Actor actor, UUID id, ProviderDraft draft) {
		access.manage(organization, actor);
		check(organization, draft);
		transactions.run(organization, actor, () -> {
			find(organization, id);
			unique(() -> jdbc.sql("""
					update providers set name = ?, role = ?, member_user_id = ?, active = ?, updated_at = now(),
					  version = version + 1
					where organization_id = ? and id = ?""").params(draft.name().strip(), draft.role().key(),
					draft.memberUserId(), draft.active(), organization.value(), id).update());
		});
		return get(organization, actor, id);
	}

	/** Only a provider that earned nothing goes; one with commissions is deactivated instead (409). */
	@Override
	public void delete(OrganizationId organization, Actor actor, UUID id) {
		access.manage(organization, actor);
		transactions.run(organization, actor, () -> {
			find(organization, id);
			Boolean earned = jdbc.sql("select exists (select 1 from commission_lines where organization_id = ? and provider_id = ?)")
				.params(organization.value(), id).query(Boolean.class).single();
			if (earned) {
				throw CommissionRefusedException.providerHasCommissions();
			}
			jdbc.sql("delete from providers where organization_id = ? and id = ?").params(organization.value(), id)
				.update();
		});
	}

	ProviderView find(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + " where organization_id = ? and id = ?").params(organization.value(), id)
			.query(Providers::row).optional().orElseThrow(() -> NotFoundException.of("Provider"));
	}

	private void check(OrganizationId organization, ProviderDraft draft) {
		List<CommissionRule.FieldError> errors = new java.util.ArrayList<>(draft.errors());
		if (draft.memberUserId() != null && members.find(organization, draft.memberUserId()).isEmpty()) {
			errors.add(new CommissionRule.FieldError("memberUserId", "is not a member of this organization"));
		}
		if (!errors.isEmpty()) {
			throw CommissionInputException.of(errors);
		}
	}

	private static <T> T unique(java.util.function.Supplier<T> write) {
		try {
			return write.get();
		}
		catch (DuplicateKeyException ex) {
			throw CommissionRefusedException.duplicateName();
		}
	}

	static ProviderView row(ResultSet rs, int n) throws SQLException {
		return new ProviderView(rs.getObject("id", UUID.class), rs.getString("name"),
				ProviderRole.fromKey(rs.getString("role")), rs.getObject("member_user_id", UUID.class),
				rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}
}
