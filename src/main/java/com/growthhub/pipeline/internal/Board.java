package com.growthhub.pipeline.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * The Kanban board of a pipeline: per column its count and its value per currency (also weighted by the stage's win
 * probability) from one grouped query, and only the first cards; more cards of a column come page by page (keyset on
 * the time the deal entered the stage).
 */
@Service
public class Board {

	public static final int CARDS_PER_PAGE = 25;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Pipelines pipelines;
	private final Deals deals;
	private final ContactDirectory contacts;
	private final Members members;

	Board(JdbcClient jdbc, TenantTransactions transactions, Pipelines pipelines, Deals deals, ContactDirectory contacts,
			Members members) {
		this.members = members;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.pipelines = pipelines;
		this.deals = deals;
		this.contacts = contacts;
	}

	public record Filters(@Nullable UUID ownerId, @Nullable UUID serviceId, @Nullable UUID tagId,
			@Nullable UUID campaignId) {

		public static Filters none() {
			return new Filters(null, null, null, null);
		}
	}

	/**
	 * A stage with its deals: {@code count} and {@code totals} (per currency) cover every deal of the stage that the
	 * filters keep; {@code valueCents} adds up all currencies and only means something when there is one. A later
	 * page of cards carries no figures (count -1, no totals).
	 */
	public record Column(StageView stage, long count, long valueCents, List<CurrencyTotal> totals, List<BoardCard> cards,
			@Nullable String nextCursor) {

		public String valueText(Locale locale) {
			return CurrencyTotal.display(totals, false, locale);
		}

		public String weightedText(Locale locale) {
			return CurrencyTotal.display(totals, true, locale);
		}
	}

	/** The columns in stage order, and the whole pipeline's totals per currency (the weighted one is its forecast). */
	public record View(PipelineView pipeline, List<Column> columns, List<CurrencyTotal> totals) {

		public String valueText(Locale locale) {
			return CurrencyTotal.display(totals, false, locale);
		}

		public String weightedText(Locale locale) {
			return CurrencyTotal.display(totals, true, locale);
		}
	}

	private record Total(UUID stageId, String currency, long count, long valueCents) {
	}

	private record LoadedColumn(StageView stage, List<Total> totals, List<DealView> cards) {
	}

	private record Loaded(PipelineView pipeline, Map<UUID, List<Total>> totals, Map<UUID, List<DealView>> cards) {
	}

	/** The live-updates topic a pipeline's board watches and deal changes are published to. */
	public static String liveTopic(UUID pipelineId) {
		return "pipeline:" + pipelineId;
	}

	public View load(OrganizationId organization, Actor actor, UUID pipelineId, Filters filters) {
		UUID[] tagged = tagged(organization, filters);
		var loaded = transactions.call(organization, actor, () -> {
			PipelineView pipeline = pipelines.load(organization, pipelineId);
			Map<UUID, List<Total>> totals = jdbc.sql(TOTALS + FILTER + " group by stage_id, currency")
				.params(params(organization, pipelineId, filters, tagged)).query(Total.class).list().stream()
				.collect(Collectors.groupingBy(Total::stageId));
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
		List<DealView> all = deals.named(organization, actor, loaded.cards().values().stream().flatMap(List::stream).toList());
		Map<UUID, List<DealView>> named = all.stream().collect(Collectors.groupingBy(DealView::stageId));
		Map<UUID, String> owners = ownerNames(organization);
		List<Column> columns = pipeline.stages().stream()
			.map(stage -> page(stage, loaded.totals().getOrDefault(stage.id(), List.of()),
					named.getOrDefault(stage.id(), List.of()), owners))
			.toList();
		return new View(pipeline, columns,
				CurrencyTotal.sum(columns.stream().flatMap(column -> column.totals().stream()).toList()));
	}

	/** The pipeline's totals alone (a view without columns), for refreshing the board's figures after a move. */
	public View summary(OrganizationId organization, Actor actor, UUID pipelineId, Filters filters) {
		UUID[] tagged = tagged(organization, filters);
		return transactions.call(organization, actor, () -> {
			PipelineView pipeline = pipelines.load(organization, pipelineId);
			Map<UUID, Integer> probabilities = pipeline.stages().stream()
				.collect(Collectors.toMap(StageView::id, StageView::probability));
			List<CurrencyTotal> totals = jdbc.sql(TOTALS + FILTER + " group by stage_id, currency")
				.params(params(organization, pipelineId, filters, tagged)).query(Total.class).list().stream()
				.map(total -> CurrencyTotal.weighted(total.currency(), total.valueCents(),
						probabilities.getOrDefault(total.stageId(), 0)))
				.toList();
			return new View(pipeline, List.of(), CurrencyTotal.sum(totals));
		});
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
			List<Total> totals = jdbc.sql(TOTALS + " and stage_id = :stage" + FILTER + " group by stage_id, currency")
				.params(params(organization, pipelineId, filters, tagged)).param("stage", stageId).query(Total.class)
				.list();
			return new LoadedColumn(stage, totals, cards(organization, pipelineId, stageId, filters, tagged, null));
		});
		return page(loaded.stage(), loaded.totals(), deals.named(organization, actor, loaded.cards()),
				ownerNames(organization));
	}

	/** The cards of one column after {@code cursor}; without one, its first cards. */
	public Column more(OrganizationId organization, Actor actor, UUID pipelineId, UUID stageId, Filters filters,
			String cursor) {
		PageCursor after = PageCursor.parse(cursor);
		UUID[] tagged = tagged(organization, filters);
		var loaded = transactions.call(organization, actor, () -> {
			StageView stage = pipelines.load(organization, pipelineId).stage(stageId);
			return new LoadedColumn(stage, List.of(), cards(organization, pipelineId, stageId, filters, tagged, after));
		});
		// No figures (-1): a later page only adds cards under the header the first page drew.
		Column page = page(loaded.stage(), List.of(), deals.named(organization, actor, loaded.cards()),
				ownerNames(organization));
		return new Column(page.stage(), -1, -1, List.of(), page.cards(), page.nextCursor());
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

	/** A column from its per-currency totals and up to one card more than a page (which says there is a next page). */
	private static Column page(StageView stage, List<Total> totals, List<DealView> cards, Map<UUID, String> owners) {
		long count = totals.stream().mapToLong(Total::count).sum();
		long value = totals.stream().mapToLong(Total::valueCents).sum();
		List<CurrencyTotal> perCurrency = CurrencyTotal.sum(totals.stream()
			.map(total -> CurrencyTotal.weighted(total.currency(), total.valueCents(), stage.probability())).toList());
		Instant now = Instant.now();
		LocalDate today = LocalDate.now();
		List<DealView> shown = cards.subList(0, Math.min(cards.size(), CARDS_PER_PAGE));
		List<BoardCard> faces = shown.stream().map(deal -> BoardCard.of(deal, owners, now, today)).toList();
		String next = null;
		if (cards.size() > CARDS_PER_PAGE) {
			DealView last = shown.getLast();
			next = new PageCursor(last.stageEnteredAt(), last.id()).encode();
		}
		return new Column(stage, count, value, perCurrency, faces, next);
	}

	/** Members by id, for the owner on each card; one query for the whole board. */
	private Map<UUID, String> ownerNames(OrganizationId organization) {
		return members.list(organization).stream()
			.collect(Collectors.toMap(Members.Member::userId, Members.Member::name, (a, b) -> a));
	}

	private static final String TOTALS = """
			select stage_id, currency, count(*) as count, coalesce(sum(value_cents), 0) as value_cents from deals d
			where organization_id = :org and pipeline_id = :pipeline
			""";

	private static final String FILTER = """
			 and (cast(:owner as uuid) is null or d.owner_id = :owner)
			 and (cast(:service as uuid) is null or d.service_id = :service)
			 and (cast(:tagged as uuid[]) is null or d.contact_id = any (:tagged))
			 and (cast(:campaign as uuid) is null or d.campaign_id = :campaign)
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
		params.put("campaign", filters.campaignId());
		return params;
	}
}
