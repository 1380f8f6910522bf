package com.growthhub.analytics.internal.commissions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.json.JsonMapper;

/** Providers' commission rules, validated before they are stored; written and read by managers. */
@Service
public class CommissionRules implements CommissionRecords<CommissionRuleView, CommissionRuleDraft> {

	public record Page(List<CommissionRuleView> items, @Nullable String nextCursor) {
	}

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = "id, provider_id, rule::text as rule, valid_from, valid_to, created_at from commission_rules ";

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final CommissionAccess access;
	private final Providers providers;

	CommissionRules(JdbcClient jdbc, TenantTransactions transactions, CommissionAccess access, Providers providers) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.access = access;
		this.providers = providers;
	}

	public Page list(OrganizationId organization, Actor actor, @Nullable UUID providerId, @Nullable PageCursor cursor,
			int limit) {
		access.manage(organization, actor);
		NewestFirst newest = new NewestFirst(cursor, limit);
		return newest.page(transactions.call(organization, actor, () -> newest.bind(jdbc.sql("select " + COLUMNS + """
				 where organization_id = :org and (cast(:provider as uuid) is null or provider_id = :provider)"""
				+ NewestFirst.AFTER_CURSOR).param("org", organization.value()).param("provider", providerId))
			.query(CommissionRules::row).list()), Page::new);
	}

	@Override
	public CommissionRuleView get(OrganizationId organization, Actor actor, UUID id) {
		access.manage(organization, actor);
		return transactions.call(organization, actor, () -> find(organization, id));
	}

	@Override
	public CommissionRuleView create(OrganizationId organization, Actor actor, CommissionRuleDraft draft) {
		access.manage(organization, actor);
		UUID id = transactions.call(organization, actor, () -> {
			check(organization, draft);
			return jdbc.sql("""
					insert into commission_rules (organization_id, provider_id, rule, valid_from, valid_to)
					values (?, ?, cast(? as jsonb), ?, ?) returning id""").params(organization.value(),
					draft.providerId(), JSON.writeValueAsString(draft.rule()), Date.valueOf(draft.validFrom()),
					date(draft.validTo())).query(UUID.class).single();
		});
		return get(organization, actor, id);
	}

	@Override
	public CommissionRuleView update(OrganizationId organization, Actor actor, UUID id, CommissionRuleDraft draft) {
		access.manage(organization, actor);
		transactions.run(organization, actor, () -> {
			find(organization, id);
			check(organization, draft);
			jdbc.sql("""
					update commission_rules set provider_id = ?, rule = cast(? as jsonb), valid_from = ?, valid_to = ?,
					  updated_at = now()
					where organization_id = ? and id = ?""").params(draft.providerId(),
					JSON.writeValueAsString(draft.rule()), Date.valueOf(draft.validFrom()), date(draft.validTo()),
					organization.value(), id).update();
		});
		return get(organization, actor, id);
	}

	/** Lines already earned by the rule stay, naming its type. */
	@Override
	public void delete(OrganizationId organization, Actor actor, UUID id) {
		access.manage(organization, actor);
		transactions.run(organization, actor, () -> {
			find(organization, id);
			jdbc.sql("delete from commission_rules where organization_id = ? and id = ?")
				.params(organization.value(), id).update();
		});
	}

	/** The provider rules of the organization that may apply on {@code day}. */
	List<RuleInForce> inForce(OrganizationId organization, LocalDate day) {
		return jdbc.sql("select " + COLUMNS + """
				 where organization_id = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)""")
			.params(organization.value(), Date.valueOf(day), Date.valueOf(day)).query(CommissionRules::row).list()
			.stream().map(v -> new RuleInForce(v.id(), v.providerId(), v.rule(), v.validFrom(), v.validTo())).toList();
	}

	CommissionRuleView find(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + " where organization_id = ? and id = ?").params(organization.value(), id)
			.query(CommissionRules::row).optional().orElseThrow(() -> NotFoundException.of("Commission rule"));
	}

	private void check(OrganizationId organization, CommissionRuleDraft draft) {
		List<CommissionRule.FieldError> errors = new java.util.ArrayList<>(draft.errors());
		if (draft.providerId() != null) {
			try {
				providers.find(organization, draft.providerId());
			}
			catch (NotFoundException ex) {
				errors.add(new CommissionRule.FieldError("providerId", "is not a provider of this organization"));
			}
		}
		if (!errors.isEmpty()) {
			throw CommissionInputException.of(errors);
		}
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	static CommissionRuleView row(ResultSet rs, int n) throws SQLException {
		Date to = rs.getDate("valid_to");
		return new CommissionRuleView(rs.getObject("id", UUID.class), rs.getObject("provider_id", UUID.class),
				JSON.readValue(rs.getString("rule"), CommissionRule.class), rs.getDate("valid_from").toLocalDate(),
				to == null ? null : to.toLocalDate(), rs.getTimestamp("created_at").toInstant());
	}
}
