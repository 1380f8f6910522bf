package com.growthhub.pipeline.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.pipeline.PipelineId;
import com.growthhub.pipeline.StageDurations;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * {@link StageDurations} from the finished stays (a history row whose {@code left_at} the deal's next move set, its length
 * stored beside it): per stage of the pipeline, one range of their partial index, already in order of length, gives
 * the count and both percentiles from a single sort (percentile_cont over an array) of presorted input.
 */
@Service
class StageDurationQuery implements StageDurations {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	StageDurationQuery(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Optional<PipelineStageDurations> of(OrganizationId organization, Actor actor, @Nullable PipelineId pipelineId) {
		return transactions.call(TenantScope.organization(organization, actor), () -> pipeline(organization, pipelineId)
			.map(pipeline -> new PipelineStageDurations(pipeline.id(), pipeline.name(), jdbc.sql("""
					select s.id, s.name, s.kind, coalesce(v.stays, 0), round(v.p[1])::bigint, round(v.p[2])::bigint
					from pipeline_stages s
					left join lateral (
					    select count(*) as stays,
					           percentile_cont(array[0.5, 0.9]) within group (order by h.stay_seconds) as p
					    from deal_stage_history h
					    where h.organization_id = :org and h.to_stage_id = s.id and h.left_at is not null
					) v on true
					where s.organization_id = :org and s.pipeline_id = :pipeline
					order by s.position
					""").param("org", organization.value()).param("pipeline", pipeline.id())
				.query((rs, n) -> new StageDuration(rs.getObject(1, UUID.class), rs.getString(2),
						rs.getString(3).toLowerCase(Locale.ROOT), rs.getLong(4), (Long) rs.getObject(5),
						(Long) rs.getObject(6)))
				.list())));
	}

	private Optional<Named> pipeline(OrganizationId organization, @Nullable PipelineId pipelineId) {
		return pipelineId == null
				? jdbc.sql("select id, name from pipelines where organization_id = ? and is_default")
					.param(organization.value()).query(Named.class).optional()
				: jdbc.sql("select id, name from pipelines where organization_id = ? and id = ?")
					.params(organization.value(), pipelineId.value()).query(Named.class).optional();
	}

	private record Named(UUID id, String name) {
	}
}
