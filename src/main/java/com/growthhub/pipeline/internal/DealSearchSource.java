package com.growthhub.pipeline.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.search.SearchHit;
import com.growthhub.platform.search.SearchSource;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Deals in the global search, by a word of their title; open deals first, then the most recently changed. */
@Component
class DealSearchSource implements SearchSource {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	DealSearchSource(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public String kind() {
		return "deal";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<SearchHit> search(OrganizationId organization, Actor actor, String query, int limit) {
		String pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return transactions.call(organization, actor, () -> jdbc.sql("""
				select d.id, d.title, s.name as stage_name, d.status
				from deals d join pipeline_stages s on s.id = d.stage_id
				where d.organization_id = ? and d.title ilike ?
				order by (d.status = 'OPEN') desc, d.updated_at desc
				limit ?
				""")
			.params(organization.value(), pattern, limit)
			.query((rs, n) -> new SearchHit(kind(), rs.getString("title"), rs.getString("stage_name"),
					"/deals/" + rs.getObject("id", UUID.class)))
			.list());
	}
}
