package com.growthhub.pipeline.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.pipeline.DealId;
import com.growthhub.pipeline.PipelineFunnel;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

@Service
class FunnelMoves implements PipelineFunnel {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Pipelines pipelines;
	private final Deals deals;
	private final DealMoves moves;
	private final ContactDirectory contacts;

	FunnelMoves(JdbcClient jdbc, TenantTransactions transactions, Pipelines pipelines, Deals deals, DealMoves moves,
			ContactDirectory contacts) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.pipelines = pipelines;
		this.deals = deals;
		this.moves = moves;
		this.contacts = contacts;
	}

	@Override
	public Optional<DealId> moveOpenDeal(OrganizationId organization, Actor actor, ContactId contact,
			String pipelineName, String stageName) {
		Optional<PipelineView> pipeline = transactions.call(organization, actor,
				() -> pipelines.findByName(organization, pipelineName));
		Optional<StageView> stage = pipeline.flatMap(found -> found.stages().stream()
			.filter(candidate -> candidate.name().equalsIgnoreCase(stageName.strip())).findFirst());
		if (stage.isEmpty()) {
			return Optional.empty();
		}
		Optional<UUID> open = transactions.call(organization, actor, () -> jdbc.sql("""
				select id from deals where organization_id = ? and contact_id = ? and pipeline_id = ? and status = 'OPEN'
				order by updated_at desc limit 1
				""").params(organization.value(), contact.value(), pipeline.get().id()).query(UUID.class).optional());
		open.ifPresent(deal -> moves.move(organization, actor, deal, stage.get().id(), "funnel", null));
		return open.map(DealId::of);
	}

	@Override
	public Optional<DealId> moveContact(OrganizationId organization, Actor actor, ContactId contact, String pipelineName,
			String stageName, String title) {
		if (contacts.names(organization, actor, List.of(contact)).isEmpty()) {
			return Optional.empty();
		}
		Optional<PipelineView> pipeline = transactions.call(organization, actor,
				() -> pipelines.findByName(organization, pipelineName));
		if (pipeline.isEmpty() && MASTERCLASS.equalsIgnoreCase(pipelineName.strip())) {
			pipeline = Optional.of(pipelines.create(organization, actor, MASTERCLASS, PipelineTemplate.MASTERCLASS, false));
		}
		if (pipeline.isEmpty()) {
			return Optional.empty();
		}
		Optional<StageView> stage = pipeline.get().stages().stream()
			.filter(candidate -> candidate.name().equalsIgnoreCase(stageName.strip())).findFirst();
		if (stage.isEmpty()) {
			return Optional.empty();
		}
		UUID pipelineId = pipeline.get().id();
		Optional<UUID> open = transactions.call(organization, actor, () -> jdbc.sql("""
				select id from deals where organization_id = ? and contact_id = ? and pipeline_id = ?
				order by (status = 'OPEN') desc, updated_at desc limit 1
				""").params(organization.value(), contact.value(), pipelineId).query(UUID.class).optional());
		if (open.isEmpty()) {
			StageView first = pipeline.get().stages().stream().filter(s -> s.kind() == StageKind.OPEN).findFirst()
				.orElse(stage.get());
			UUID id = deals.create(organization, actor,
					new DealDraft(contact.value(), pipelineId, first.id(), title, null, null, null, null, null, null)).id();
			open = Optional.of(id);
		}
		moves.move(organization, actor, open.get(), stage.get().id(), "funnel", null);
		return open.map(DealId::of);
	}
}
