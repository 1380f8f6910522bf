package com.growthhub.pipeline.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * The Kanban board of a pipeline: per column its count and summed value from one grouped query, and only the
 * first cards; more cards of a column come page by page (keyset on the time the deal entered the stage).
 */
@Service
public class Board {

	public static final int CARDS_PER_PAGE = 25;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Pipelines pipelines;
	private final Deals deals;
	private final ContactDirectory contacts;

	Board(JdbcClient jdbc, TenantTransactions transactions, Pipelines pipelines, Deals deals, ContactDirectory contacts) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.pipelines = pipelines;
		this.deals = deals;
		this.contacts = contacts;
	}

	public record Filters(@Nullable UUID ownerId, @Nullable UUID serviceId, @Nullable UUID tagId) {

		public static Filters none() {
			return new Filters(null, null, null);
		}
	}

	public record Column(StageView stage, long count, long valueCents, List<DealView> cards, @Nullable String nextCursor) {
	}

	public record View(PipelineView pipeline, List<Column> columns) {
	}

	private record Total(UUID stageId, long count, long valueCents) {
	}

	private record LoadedColumn(StageView stage, Total total, List<DealView> cards) {
	}

	private record Loaded(PipelineView pipeline, Map<UUID, Total> totals, Map<UUID, List<DealView>> cards) {
	}

	/** The live-updates topic a pipeline's board watches and deal changes are published to. */
	public static String liveTopic(UUID pipelineId) {
		return "pipeline:" + pipelineId;
	}

	public View load(OrganizationId organization, Actor actor, UUID pipelineId, Filters filters) {
		UUID[] tagged = tagged(organization, filters);
		var loaded = transactions.call(organization, actor, () -> {
			PipelineView pipeline = pipelines.load(organization, pipelineId);
			Map<UUID, Total> totals = jdbc.sql("""
					select stage_id, count(*) as count, coalesce(sum(value_cents), 0) as value_cents from deals d
					where organization_id = :org and pipeline_id = :pipeline
					""" + FILTER + " group by stage_id")
				.params(params(organization, pipelineId, filters, tagged)).query(Total.class).list().stream()
				.collect(Collectors.toMap(Total::stageId, total -> total));
			Map<UUID, List<DealView>> cards = jdbc.sql("""
					select c.* from pipeline_stages s cross join lateral (
					""" + DealRows.SELECT + """
					 where d.organization_id = :org and d.pipeline_id = :pipeline and d.stage_id = s.id
					""" + FILTER + """
					 order by d.stage_entered_at desc, d.id desc limit :limit) c
					where s.organization_id = :org and s.pipeline_id = :pipeline
					""").params(params(organization, pipelineId, filters, tagged)).param("limit", CARDS_PER_PAGE + 1)
				.query(DealView.class).list().stream().collect(Collectors.groupingBy(DealView::stageId));
			return new Loaded(pipeline, totals, cards);
		});
		PipelineView pipeline = loaded.pipeline();
		Map<UUID, Total> totals = loaded.totals();
		Map<UUID, List<DealView>> cards = loaded.cards();
		List<DealView> all = deals.named(organization, actor, cards.values().stream().flatMap(List::stream).toList());
		Map<UUID, List<DealView>> named = all.stream().collect(Collectors.groupingBy(DealView::stageId));
		List<Column> columns = pipeline.stages().stream().map(stage -> {
			Total total = totals.getOrDefault(stage.id(), new Total(stage.id(), 0, 0));
			return page(stage, total.count(), total.valueCents(), named.getOrDefault(stage.id(), List.of()));
		}).toList();
		return new View(pipeline, columns);
	}

	/**
	 * One column as {@link #load} shows it, for refreshing it alone after a move: its total and first cards,
	 * without the other columns' queries.
	 */
	public Column column(OrganizationId organization, Actor actor, UUID pipelineId, UUID stageId, Filters filters) {
		UUID[] tagged = tagged(organization, filters);
		var loaded = transactions.call(organization, actor, () -> {
			StageView stage = pipelines.load(organization, pipelineId).stages().stream()
				.filter(s -> s.id().equals(stageId)).findFirst().orElseThrow(() -> NotFoundException.of("Stage"));
			Total total = jdbc.sql("""
					select stage_id, count(*) as count, coalesce(sum(value_cents), 0) as value_cents from deals d
					where organization_id = :org and pipeline_id = :pipeline and stage_id = :stage
					""" + FILTER + " group by stage_id")
				.params(params(organization, pipelineId, filters, tagged)).param("stage", stageId).query(Total.class)
				.optional().orElse(new Total(stageId, 0, 0));
			return new LoadedColumn(stage, total, cards(organization, pipelineId, stageId, filters, tagged, null));
		});
		return page(loaded.stage(), loaded.total().count(), loaded.total().valueCents(),
				deals.named(organization, actor, loaded.cards()));
	}

	/** The cards of one column after {@code cursor}; without one, its first cards. */
	public Column more(OrganizationId organization, Actor actor, UUID pipelineId, UUID stageId, Filters filters,
			String cursor) {
		PageCursor after = PageCursor.parse(cursor);
		UUID[] tagged = tagged(organization, filters);
		var loaded = transactions.call(organization, actor, () -> {
			StageView stage = pipelines.load(organization, pipelineId).stage(stageId);
			// No totals (-1): a later page only adds cards under the header the first page drew.
			return new LoadedColumn(stage, new Total(stageId, -1, -1),
					cards(organization, pipelineId, stageId, filters, tagged, after));
		});
		return page(loaded.stage(), loaded.total().count(), loaded.total().valueCents(),
				deals.named(organization, actor, loaded.cards()));
	}

	/** Inside a transaction of the organization: a page of a column's cards, the first without {@code after}. */
	private List<DealView> cards(OrganizationId organization, UUID pipelineId, UUID stageId, Filters filters,
			UUID @Nullable [] tagged, @Nullable PageCursor after) {
		return jdbc.sql(DealRows.SELECT + """
				 where d.organization_id = :org and d.pipeline_id = :pipeline and d.stage_id = :stage
				""" + FILTER + """
				 and (cast(:afterTime as timestamptz) is null or (d.stage_entered_at, d.id) < (cast(:afterTime as timestamptz), :afterId))
				 order by d.stage_entered_at desc, d.id desc limit :limit
				""").params(params(organization, pipelineId, filters, tagged)).param("stage", stageId)
			.param("afterTime", after == null ? null : java.sql.Timestamp.from(after.instant()))
			.param("afterId", after == null ? null : after.id()).param("limit", CARDS_PER_PAGE + 1)
			.query(DealView.class).list();
	}

	private static Column page(StageView stage, long count, long value, List<DealView> cards) {
		if (cards.size() <= CARDS_PER_PAGE) {
			return new Column(stage, count, value, cards, null);
		}
		List<DealView> shown = cards.subList(0, CARDS_PER_PAGE);
		DealView last = shown.getLast();
		return new Column(stage, count, value, shown, new PageCursor(last.stageEnteredAt(), last.id()).encode());
	}

	private static final String FILTER = """
			 and (cast(:owner as uuid) is null or d.owner_id = :owner)
			 and (cast(:service as uuid) is null or d.service_id = :service)
			 and (cast(:tagged as uuid[]) is null or d.contact_id = any (:tagged))
			""";

	private UUID @Nullable [] tagged(OrganizationId organization, Filters filters) {
		if (filters.tagId() == null) {
			return null;
		}
		return contacts.taggedWith(organization, filters.tagId()).stream().map(ContactId::value).toArray(UUID[]::new);
	}

	private static Map<String, Object> params(OrganizationId organization, UUID pipelineId, Filters filters,
			UUID @Nullable [] tagged) {
		var params = new java.util.HashMap<String, Object>();
		params.put("org", organization.value());
		params.put("pipeline", pipelineId);
		params.put("owner", filters.ownerId());
		params.put("service", filters.serviceId());
		params.put("tagged", tagged);
		return params;
	}
}
