package com.growthhub.pipeline.internal;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/** Adds, changes, reorders and removes a pipeline's stages; a stage that holds deals cannot be removed. */
@Service
public class Stages {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Pipelines pipelines;

	Stages(JdbcClient jdbc, TenantTransactions transactions, Pipelines pipelines) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.pipelines = pipelines;
	}

	public StageView add(OrganizationId organization, Actor actor, UUID pipelineId, String name, @Nullable String color,
			@Nullable StageKind kind, @Nullable Integer probability) {
		check(name, true, color, probability);
		return transactions.call(organization, actor, () -> {
			lockPipeline(organization, pipelineId);
			UUID id = Ids.next();
			try {
				jdbc.sql("""
						insert into pipeline_stages (id, organization_id, pipeline_id, name, color, kind, probability, position)
						values (?, ?, ?, ?, coalesce(?, '#6c757d'), ?, coalesce(?, 0),
						  (select coalesce(max(position) + 1, 0) from pipeline_stages where pipeline_id = ?))
						""").params(id, organization.value(), pipelineId, name.strip(), color,
						(kind == null ? StageKind.OPEN : kind).name(), probability, pipelineId).update();
			}
			catch (DuplicateKeyException ex) {
				throw PipelineConflictException.nameTaken("stage", "name");
			}
			return pipelines.load(organization, pipelineId).stage(id);
		});
	}

	public StageView update(OrganizationId organization, Actor actor, UUID pipelineId, UUID stageId, @Nullable String name,
			@Nullable String color, @Nullable StageKind kind, @Nullable Integer probability) {
		check(name, false, color, probability);
		return transactions.call(organization, actor, () -> {
			stage(organization, pipelineId, stageId);
			try {
				jdbc.sql("""
						update pipeline_stages set name = coalesce(?, name), color = coalesce(?, color),
						  kind = coalesce(?, kind), probability = coalesce(?, probability), updated_at = now()
						where organization_id = ? and id = ?
						""").params(name == null ? null : name.strip(), color, kind == null ? null : kind.name(), probability,
						organization.value(), stageId).update();
			}
			catch (DuplicateKeyException ex) {
				throw PipelineConflictException.nameTaken("stage", "name");
			}
			if (kind != null) {
				jdbc.sql("update deals set status = ?, updated_at = now(), version = version + 1 where organization_id = ? and stage_id = ? and status <> ?")
					.params(kind.name(), organization.value(), stageId, kind.name()).update();
			}
			return pipelines.load(organization, pipelineId).stage(stageId);
		});
	}

	public void remove(OrganizationId organization, Actor actor, UUID pipelineId, UUID stageId) {
		transactions.run(organization, actor, () -> {
			lockPipeline(organization, pipelineId);
			stage(organization, pipelineId, stageId);
			long deals = jdbc.sql("select count(*) from deals where organization_id = ? and stage_id = ?")
				.params(organization.value(), stageId).query(Long.class).single();
			if (deals > 0) {
				throw PipelineConflictException.stageHasDeals(deals);
			}
			jdbc.sql("delete from pipeline_stages where organization_id = ? and id = ?").params(organization.value(), stageId)
				.update();
			jdbc.sql("""
					update pipeline_stages s set position = o.position - 1
					from (select id, row_number() over (order by position) as position from pipeline_stages where pipeline_id = ?) o
					where s.id = o.id and s.position <> o.position - 1
					""").param(pipelineId).update();
		});
	}

	/** {@code order} must name every stage of the pipeline exactly once. */
	public PipelineView reorder(OrganizationId organization, Actor actor, UUID pipelineId, List<UUID> order) {
		return transactions.call(organization, actor, () -> {
			lockPipeline(organization, pipelineId);
			PipelineView pipeline = pipelines.load(organization, pipelineId);
			var current = new HashSet<>(pipeline.stages().stream().map(StageView::id).toList());
			if (order.size() != current.size() || !current.equals(new HashSet<>(order))) {
				throw InvalidDealException.of("stageIds", "must list every stage of the pipeline exactly once");
			}
			for (int position = 0; position < order.size(); position++) {
				jdbc.sql("update pipeline_stages set position = ?, updated_at = now() where organization_id = ? and id = ?")
					.params(position, organization.value(), order.get(position)).update();
			}
			return pipelines.load(organization, pipelineId);
		});
	}

	private static void check(@Nullable String name, boolean required, @Nullable String color,
			@Nullable Integer probability) {
		new FieldChecks().text("name", name, required, 60)
			.matches("color", color, "#[0-9a-fA-F]{6}", "must be a color such as #1a2b3c")
			.between("probability", probability, 0, 100)
			.orThrow();
	}

	private void lockPipeline(OrganizationId organization, UUID pipelineId) {
		jdbc.sql("select id from pipelines where organization_id = ? and id = ? for update")
			.params(organization.value(), pipelineId).query(UUID.class).optional()
			.orElseThrow(() -> NotFoundException.of("Pipeline"));
	}

	private void stage(OrganizationId organization, UUID pipelineId, UUID stageId) {
		jdbc.sql("select id from pipeline_stages where organization_id = ? and pipeline_id = ? and id = ?")
			.params(organization.value(), pipelineId, stageId).query(UUID.class).optional()
			.orElseThrow(() -> NotFoundException.of("Stage"));
	}
}
