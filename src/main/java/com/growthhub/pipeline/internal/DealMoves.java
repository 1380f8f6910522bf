package com.growthhub.pipeline.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Moves deals between stages. The update is conditional on the stage and version the mover saw, so of two
 * people dragging the same card at once exactly one wins and the other learns where the card really is.
 */
@Service
public class DealMoves {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final DealRows rows;
	private final Pipelines pipelines;
	private final DealActivity activity;

	DealMoves(JdbcClient jdbc, TenantTransactions transactions, DealRows rows, Pipelines pipelines,
			DealActivity activity) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.rows = rows;
		this.pipelines = pipelines;
		this.activity = activity;
	}

	/** One stay in a stage: when the deal entered it, who moved it there, and how long it stayed (so far). */
	public record HistoryEntry(@Nullable UUID fromStageId, @Nullable String fromStageName, UUID toStageId,
			String toStageName, @Nullable UUID changedBy, Instant changedAt, long secondsInStage) {
	}

	/** @param version the version the mover saw; without it the stage the deal is in now is what must not change */
	public DealView move(OrganizationId organization, Actor actor, UUID dealId, UUID stageId,
			@Nullable String lostReason, @Nullable Long version) {
		new FieldChecks().atMost("lostReason", lostReason == null ? null : lostReason.strip(), 500).orThrow();
		return transactions.call(organization, actor, () -> {
			DealView deal = rows.get(organization, dealId);
			StageView target = rows.stage(organization, stageId).orElseThrow(InvalidDealException::unknownStage);
			if (!target.pipelineId().equals(deal.pipelineId())) {
				throw InvalidDealException.stageOfAnotherPipeline();
			}
			if (version != null && version != deal.version()) {
				throw PipelineConflictException.changedMeanwhile(deal);
			}
			if (target.id().equals(deal.stageId())) {
				return deal;
			}
			String reason = lostReason == null || lostReason.isBlank() ? null : lostReason.strip();
			if (target.kind() == StageKind.LOST && reason == null) {
				throw InvalidDealException.lostReasonRequired();
			}
			if (target.kind() == StageKind.OPEN && deal.status() != StageKind.OPEN
					&& !pipelines.load(organization, deal.pipelineId()).allowMultipleOpenDeals()) {
				rows.otherOpenDeal(organization, deal.pipelineId(), deal.contactId(), deal.id()).ifPresent(existing -> {
					throw PipelineConflictException.openDealExists(existing);
				});
			}
			int moved = jdbc.sql("""
					update deals set stage_id = ?, status = ?, lost_reason = case when ? = 'LOST' then ? end,
					  closed_at = case when ? = 'OPEN' then null else now() end,
					  stage_entered_at = now(), updated_at = now(), version = version + 1
					where organization_id = ? and id = ? and stage_id = ? and version = ?
					""").params(target.id(), target.kind().name(), target.kind().name(), reason, target.kind().name(),
					organization.value(), dealId, deal.stageId(), deal.version()).update();
			if (moved == 0) {
				throw PipelineConflictException.changedMeanwhile(rows.get(organization, dealId));
			}
			rows.recordMove(organization, dealId, deal.stageId(), deal.stageName(), target, actor);
			DealView after = rows.get(organization, dealId).withContactName(deal.contactName());
			activity.moved(organization, deal, after, actor);
			return after;
		});
	}

	public List<HistoryEntry> history(OrganizationId organization, Actor actor, UUID dealId) {
		return transactions.call(organization, actor, () -> {
			rows.get(organization, dealId);
			record Row(@Nullable UUID fromStageId, @Nullable String fromStageName, UUID toStageId, String toStageName,
					@Nullable UUID changedBy, Instant changedAt) {
			}
			List<Row> moves = jdbc.sql("""
					select from_stage_id, from_stage_name, to_stage_id, to_stage_name, changed_by, changed_at
					from deal_stage_history where organization_id = ? and deal_id = ? order by changed_at, id
					""").params(organization.value(), dealId).query(Row.class).list();
			Instant now = Instant.now();
			List<HistoryEntry> entries = new ArrayList<>(moves.size());
			for (int i = 0; i < moves.size(); i++) {
				Row row = moves.get(i);
				Instant left = i + 1 < moves.size() ? moves.get(i + 1).changedAt() : now;
				entries.add(new HistoryEntry(row.fromStageId(), row.fromStageName(), row.toStageId(), row.toStageName(),
						row.changedBy(), row.changedAt(), Math.max(0, Duration.between(row.changedAt(), left).toSeconds())));
			}
			return entries;
		});
	}
}
