package com.growthhub.pipeline.internal;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** Reads deals inside a transaction of their organization. */
@Component
class DealRows {

	static final String SELECT = """
			select d.id, d.pipeline_id, d.stage_id, s.name as stage_name, d.status, d.contact_id, null as contact_name,
			  d.title, d.value_cents, d.currency, d.service_id, d.expected_close_date, d.owner_id, d.campaign, d.campaign_id, d.lost_reason,
			  d.stage_entered_at, d.created_at, d.updated_at, d.version
			from deals d join pipeline_stages s on s.id = d.stage_id
			""";

	private final JdbcClient jdbc;

	DealRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DealView> find(OrganizationId organization, UUID id) {
		return jdbc.sql(SELECT + " where d.organization_id = ? and d.id = ?").params(organization.value(), id)
			.query(DealView.class).optional();
	}

	DealView get(OrganizationId organization, UUID id) {
		return find(organization, id).orElseThrow(() -> NotFoundException.of("Deal"));
	}

	Optional<StageView> stage(OrganizationId organization, UUID stageId) {
		return jdbc.sql("""
				select id, pipeline_id, name, color, kind, probability, position from pipeline_stages
				where organization_id = ? and id = ?
				""").params(organization.value(), stageId).query(StageView.class).optional();
	}

	/** Another open deal of the contact in the pipeline; serialized per contact and pipeline by a lock. */
	Optional<UUID> otherOpenDeal(OrganizationId organization, UUID pipelineId, UUID contactId, UUID exceptDeal) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(? || ':' || ?, 0))")
			.params(pipelineId.toString(), contactId.toString()).query().singleRow();
		return jdbc.sql("""
				select id from deals where organization_id = ? and contact_id = ? and pipeline_id = ? and status = 'OPEN'
				and id <> ? limit 1
				""").params(organization.value(), contactId, pipelineId, exceptDeal).query(UUID.class).optional();
	}

	/** {@code fromStageId} and {@code fromStageName} are null for a deal's first stage; a job moves it for nobody. */
	void recordMove(OrganizationId organization, UUID dealId, @Nullable UUID fromStageId, @Nullable String fromStageName,
			StageView to, Actor actor) {
		// The move ends the deal's current stay: its length is kept on that row, so stage velocity reads stays
		// without windowing the whole history (now() is the transaction's time, the new row's changed_at).
		jdbc.sql("""
				update deal_stage_history set left_at = now()
				where organization_id = ? and deal_id = ? and left_at is null
				""").params(organization.value(), dealId).update();
		jdbc.sql("""
				insert into deal_stage_history (id, organization_id, deal_id, from_stage_id, from_stage_name, to_stage_id,
				  to_stage_name, changed_by) values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(com.growthhub.shared.Ids.next(), organization.value(), dealId, fromStageId,
				fromStageName, to.id(), to.name(), actor.userId()).update();
	}
}
