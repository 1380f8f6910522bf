package com.growthhub.onboarding.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Each agency's wizard per client type, edited by its owners and admins: which steps a client of that type sees and
 * which are required. A type the agency has not configured gets the installation's plan ({@link OnboardingSettings}).
 */
@Service
public class OnboardingPlans {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final OnboardingSettings settings;
	private final Members members;

	OnboardingPlans(JdbcClient jdbc, TenantTransactions transactions, OnboardingSettings settings, Members members) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.members = members;
	}

	/** @param custom whether the agency set it (else it is the installation's, and resetting changes nothing) */
	public record TypePlan(String clientType, List<String> steps, List<String> required, boolean custom) {
	}

	/** Inside a transaction of the agency: the plan a new client of this type gets. */
	OnboardingSettings.Plan plan(OrganizationId agency, String clientType) {
		return stored(agency, clientType).orElseGet(() -> settings.plan(clientType));
	}

	/** The configured types (the agency's and the installation's), by name. */
	public List<TypePlan> list(OrganizationId agency, Actor actor) {
		requireAdmin(agency, actor);
		return transactions.call(agency, actor, () -> {
			TreeMap<String, TypePlan> plans = new TreeMap<>();
			settings.clientTypes().forEach((type, plan) -> plans.put(type,
					new TypePlan(type, plan.orderedSteps(), plan.requiredSteps(), false)));
			jdbc.sql("select client_type from onboarding_step_plans where organization_id = ?").params(agency.value())
				.query(String.class).list().forEach(type -> {
					OnboardingSettings.Plan plan = plan(agency, type);
					plans.put(type, new TypePlan(type, plan.orderedSteps(), plan.requiredSteps(), true));
				});
			return List.copyOf(plans.values());
		});
	}

	/** Sets a type's steps (wizard order is fixed) and required ones; profile is always shown and required. */
	public TypePlan save(OrganizationId agency, Actor actor, String clientType, List<String> steps, List<String> required) {
		requireAdmin(agency, actor);
		String type = clientType.strip().toLowerCase(Locale.ROOT);
		if (!type.matches("[a-z0-9_-]{1,40}")) {
			throw OnboardingInputException.field("clientType", "must be 1 to 40 lower-case letters, digits, _ or -");
		}
		List<String> unknown = new ArrayList<>(steps);
		unknown.addAll(required);
		unknown.removeIf(key -> OnboardingStep.fromKey(key).isPresent());
		if (!unknown.isEmpty()) {
			throw OnboardingInputException.field("steps", "names no step " + unknown.getFirst() + "; use " + OnboardingStep.keys());
		}
		if (!steps.containsAll(required)) {
			throw OnboardingInputException.field("required", "may only name steps the wizard shows");
		}
		OnboardingSettings.Plan plan = new OnboardingSettings.Plan(steps, required);
		transactions.run(agency, actor, () -> jdbc.sql("""
				insert into onboarding_step_plans (organization_id, client_type, steps, required_steps, updated_by)
				values (?, ?, ?, ?, ?)
				on conflict (organization_id, client_type) do update set steps = excluded.steps,
				  required_steps = excluded.required_steps, updated_by = excluded.updated_by, updated_at = now()
				""").params(agency.value(), type, plan.orderedSteps().toArray(String[]::new),
				plan.requiredSteps().toArray(String[]::new), actor.userId()).update());
		return new TypePlan(type, plan.orderedSteps(), plan.requiredSteps(), true);
	}

	/** Back to the installation's plan for the type. */
	public void reset(OrganizationId agency, Actor actor, String clientType) {
		requireAdmin(agency, actor);
		transactions.run(agency, actor, () -> jdbc.sql("delete from onboarding_step_plans where organization_id = ? and client_type = ?")
			.params(agency.value(), clientType).update());
	}

	private Optional<OnboardingSettings.Plan> stored(OrganizationId agency, String clientType) {
		return jdbc.sql("select steps, required_steps from onboarding_step_plans where organization_id = ? and client_type = ?")
			.params(agency.value(), clientType)
			.query((rs, row) -> new OnboardingSettings.Plan(texts(rs.getArray("steps")), texts(rs.getArray("required_steps"))))
			.optional();
	}

	private void requireAdmin(OrganizationId agency, Actor actor) {
		UUID user = actor.userId();
		if (user != null && !members.roleOf(agency, user).orElse(Role.CLIENT).atLeast(Role.ADMIN)) {
			throw OnboardingRefusedException.forbidden("Only the agency's owners and admins change its onboarding steps.");
		}
	}

	private static List<String> texts(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
	}
}
