package com.growthhub.journeys.internal;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/** The organization's journey templates: a name and ordered steps, each due some days after the start. */
@Service
public class JourneyTemplates {

	static final List<Role> STEP_ROLES = List.of(Role.OWNER, Role.ADMIN, Role.MANAGER, Role.MEMBER);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	JourneyTemplates(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public record Step(String title, int dueOffsetDays, Role assigneeRole) {
	}

	public record Template(UUID id, String name, List<Step> steps) {
	}

	/** All templates in two statements however many there are: the templates, then all their steps. */
	public List<Template> list(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> {
			record Row(UUID id, String name) {
			}
			List<Row> rows = jdbc.sql("""
					select id, name from journey_templates where organization_id = ? order by lower(name), id
					""").param(organization.value()).query(Row.class).list();
			if (rows.isEmpty()) {
				return List.<Template>of();
			}
			Map<UUID, List<Step>> steps = new HashMap<>();
			jdbc.sql("""
					select template_id, title, due_offset_days, assignee_role from journey_template_steps
					where organization_id = ? and template_id = any(?) order by template_id, position
					""").params(organization.value(), rows.stream().map(Row::id).toArray(UUID[]::new)).query((ResultSet rs) -> {
						steps.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
							.add(new Step(rs.getString(2), rs.getInt(3), Role.valueOf(rs.getString(4))));
					});
			return rows.stream().map(row -> new Template(row.id(), row.name(), steps.getOrDefault(row.id(), List.of())))
				.toList();
		});
	}

	public Template get(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> load(organization, id));
	}

	public Template create(OrganizationId organization, Actor actor, String name, List<Step> steps) {
		String checked = name.strip();
		check(name, steps);
		return transactions.call(organization, actor, () -> {
			UUID id = Ids.next();
			jdbc.sql("insert into journey_templates (id, organization_id, name) values (?, ?, ?)")
				.params(id, organization.value(), checked).update();
			insertSteps(organization, id, steps);
			return load(organization, id);
		});
	}

	/** Renames and/or replaces the steps; null leaves that part as it is. Running journeys keep their copies. */
	public Template update(OrganizationId organization, Actor actor, UUID id, @Nullable String name,
			@Nullable List<Step> steps) {
		check(name, steps);
		return transactions.call(organization, actor, () -> {
			load(organization, id);
			if (name != null) {
				jdbc.sql("update journey_templates set name = ?, updated_at = now(), version = version + 1 where id = ?")
					.params(name.strip(), id).update();
			}
			if (steps != null) {
				jdbc.sql("delete from journey_template_steps where template_id = ?").param(id).update();
				insertSteps(organization, id, steps);
			}
			return load(organization, id);
		});
	}

	Template load(OrganizationId organization, UUID id) {
		String name = jdbc.sql("select name from journey_templates where organization_id = ? and id = ?")
			.params(organization.value(), id).query(String.class).optional()
			.orElseThrow(() -> NotFoundException.of("Journey template"));
		List<Step> steps = jdbc.sql("""
				select title, due_offset_days, assignee_role from journey_template_steps
				where organization_id = ? and template_id = ? order by position
				""").params(organization.value(), id)
			.query((rs, n) -> new Step(rs.getString(1), rs.getInt(2), Role.valueOf(rs.getString(3)))).list();
		return new Template(id, name, steps);
	}

	private void insertSteps(OrganizationId organization, UUID template, List<Step> steps) {
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			jdbc.sql("""
					insert into journey_template_steps (id, organization_id, template_id, position, title, due_offset_days, assignee_role)
					values (?, ?, ?, ?, ?, ?, ?)
					""").params(Ids.next(), organization.value(), template, i, step.title().strip(), step.dueOffsetDays(),
					step.assigneeRole().name()).update();
		}
	}

	/** The tables' checks on a name and steps (null: not changed), every bad field named at once. */
	private static void check(@Nullable String name, @Nullable List<Step> steps) {
		List<Map<String, String>> errors = new ArrayList<>();
		if (name != null && (name.isBlank() || name.strip().length() > 120)) {
			errors.add(Map.of("field", "name", "message", "must be 1 to 120 characters"));
		}
		if (steps != null && steps.size() > 100) {
			errors.add(Map.of("field", "steps", "message", "at most 100 steps"));
		}
		for (int i = 0; steps != null && i < steps.size(); i++) {
			Step step = steps.get(i);
			if (step.title() == null || step.title().isBlank() || step.title().strip().length() > 200) {
				errors.add(Map.of("field", "steps[" + i + "].title", "message", "must be 1 to 200 characters"));
			}
			if (step.dueOffsetDays() < 0 || step.dueOffsetDays() > 3650) {
				errors.add(Map.of("field", "steps[" + i + "].dueOffsetDays", "message", "must be between 0 and 3650"));
			}
			if (!STEP_ROLES.contains(step.assigneeRole())) {
				errors.add(Map.of("field", "steps[" + i + "].assigneeRole", "message",
						"must be one of " + STEP_ROLES.stream().map(r -> r.key().toLowerCase(Locale.ROOT)).toList()));
			}
		}
		if (!errors.isEmpty()) {
			throw JourneyInputException.fields(errors);
		}
	}
}
