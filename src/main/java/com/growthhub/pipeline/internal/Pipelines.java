package com.growthhub.pipeline.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/** An organization's pipelines: the default "Sales" one, others from blank or a template, and their settings. */
@Service
public class Pipelines {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	Pipelines(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	private record Row(UUID id, String name, @Nullable String template, boolean isDefault,
			boolean allowMultipleOpenDeals, long version) {
	}

	public List<PipelineView> list(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> {
			ensureDefault(organization);
			List<Row> rows = jdbc.sql("""
					select id, name, template, is_default, allow_multiple_open_deals, version from pipelines
					where organization_id = ? order by is_default desc, lower(name)
					""").param(organization.value()).query(Row.class).list();
			Map<UUID, List<StageView>> stages = stages(organization.value(), null).stream()
				.collect(Collectors.groupingBy(StageView::pipelineId));
			return rows.stream().map(row -> view(row, stages.getOrDefault(row.id(), List.of()))).toList();
		});
	}

	public PipelineView get(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> load(organization, id));
	}

	public PipelineView create(OrganizationId organization, Actor actor, String name, PipelineTemplate template,
			boolean allowMultipleOpenDeals) {
		checkName(name, true);
		return transactions.call(organization, actor, () -> {
			UUID id = insert(organization, name, template, false, allowMultipleOpenDeals);
			return load(organization, id);
		});
	}

	public PipelineView update(OrganizationId organization, Actor actor, UUID id, @Nullable String name,
			@Nullable Boolean allowMultipleOpenDeals) {
		checkName(name, false);
		return transactions.call(organization, actor, () -> {
			load(organization, id);
			try {
				jdbc.sql("""
						update pipelines set name = coalesce(?, name),
						  allow_multiple_open_deals = coalesce(?, allow_multiple_open_deals),
						  updated_at = now(), version = version + 1
						where organization_id = ? and id = ?
						""").params(name == null ? null : name.strip(), allowMultipleOpenDeals, organization.value(), id).update();
			}
			catch (DuplicateKeyException ex) {
				throw PipelineConflictException.nameTaken("pipeline", "name");
			}
			return load(organization, id);
		});
	}

	public void delete(OrganizationId organization, Actor actor, UUID id) {
		transactions.run(organization, actor, () -> {
			if (load(organization, id).isDefault()) {
				throw PipelineConflictException.defaultPipeline();
			}
			if (jdbc.sql("select exists (select 1 from deals where organization_id = ? and pipeline_id = ?)")
				.params(organization.value(), id).query(Boolean.class).single()) {
				throw PipelineConflictException.pipelineHasDeals();
			}
			jdbc.sql("delete from pipelines where organization_id = ? and id = ?").params(organization.value(), id).update();
		});
	}

	/**
	 * Inside a transaction of the organization: gives it the "Sales" pipeline unless it has one; safe to call twice
	 * at once.
	 */
	void ensureDefault(OrganizationId organization) {
		if (jdbc.sql("select exists (select 1 from pipelines where organization_id = ? and is_default)")
			.param(organization.value()).query(Boolean.class).single()) {
			return;
		}
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('default-pipeline:' || ?, 0))")
			.param(organization.value().toString()).query().singleRow();
		if (!jdbc.sql("select exists (select 1 from pipelines where organization_id = ? and is_default)")
			.param(organization.value()).query(Boolean.class).single()) {
			insert(organization, "Sales", PipelineTemplate.DEFAULT, true, false);
		}
	}

	/** Inside a transaction of the organization. */
	PipelineView load(OrganizationId organization, UUID id) {
		Row row = jdbc.sql("""
				select id, name, template, is_default, allow_multiple_open_deals, version from pipelines
				where organization_id = ? and id = ?
				""").params(organization.value(), id).query(Row.class).optional()
			.orElseThrow(() -> NotFoundException.of("Pipeline"));
		return view(row, stages(organization.value(), id));
	}

	/** Inside a transaction of the organization: the pipeline of that name, case-insensitive. */
	Optional<PipelineView> findByName(OrganizationId organization, String name) {
		return jdbc.sql("select id from pipelines where organization_id = ? and lower(name) = lower(?)")
			.params(organization.value(), name.strip()).query(UUID.class).optional().map(id -> load(organization, id));
	}

	private UUID insert(OrganizationId organization, String name, PipelineTemplate template, boolean isDefault,
			boolean allowMultipleOpenDeals) {
		UUID id = Ids.next();
		try {
			jdbc.sql("""
					insert into pipelines (id, organization_id, name, template, is_default, allow_multiple_open_deals)
					values (?, ?, ?, ?, ?, ?)
					""").params(id, organization.value(), name.strip(), template == PipelineTemplate.BLANK ? null : template.name(),
					isDefault, allowMultipleOpenDeals).update();
		}
		catch (DuplicateKeyException ex) {
			throw PipelineConflictException.nameTaken("pipeline", "name");
		}
		int position = 0;
		for (PipelineTemplate.Stage stage : template.stages()) {
			jdbc.sql("""
					insert into pipeline_stages (id, organization_id, pipeline_id, name, color, kind, probability, position)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""").params(Ids.next(), organization.value(), id, stage.name(), stage.color(), stage.kind().name(),
					stage.probability(), position++).update();
		}
		return id;
	}

	private List<StageView> stages(UUID organization, @Nullable UUID pipeline) {
		return jdbc.sql("""
				select id, pipeline_id, name, color, kind, probability, position from pipeline_stages
				where organization_id = :org and (cast(:pipeline as uuid) is null or pipeline_id = :pipeline)
				order by pipeline_id, position
				""").param("org", organization).param("pipeline", pipeline).query(StageView.class).list();
	}

	private static void checkName(@Nullable String name, boolean required) {
		new FieldChecks().text("name", name, required, 80).orThrow();
	}

	private static PipelineView view(Row row, List<StageView> stages) {
		return new PipelineView(row.id(), row.name(), row.template() == null ? null : row.template().toLowerCase(),
				row.isDefault(), row.allowMultipleOpenDeals(), stages, row.version());
	}
}
