package com.growthhub.onboarding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.OrganizationId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The onboarding_profiles table; callers open the agency's transaction. */
@Repository
class OnboardingProfiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Map<String, Object>>> ANSWERS = new TypeReference<>() {
	};

	private static final String SELECT = """
			select id, organization_id, client_account_id, client_user_id, account_name, client_type, contact_name,
			       contact_email, offered_services, steps, required_steps, answers, completed_steps, activated_at,
			       onboarding_completed_at, created_at
			from onboarding_profiles
			""";

	private final JdbcClient jdbc;

	OnboardingProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Answers whether it inserted: false when the client account already had its onboarding. */
	boolean insert(OnboardingProfile profile, @Nullable UUID createdBy) {
		return jdbc.sql("""
				insert into onboarding_profiles (id, organization_id, client_account_id, client_user_id, account_name,
				  client_type, contact_name, contact_email, offered_services, steps, required_steps, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (client_account_id) do nothing
				""")
			.params(profile.id(), profile.agency().value(), profile.clientAccount().value(), profile.clientUserId(),
					profile.accountName(), profile.clientType(), profile.contactName(), profile.contactEmail(),
					profile.offeredServices().toArray(String[]::new), profile.steps().toArray(String[]::new),
					profile.requiredSteps().toArray(String[]::new), createdBy)
			.update() == 1;
	}

	Optional<OnboardingProfile> find(OrganizationId agency, UUID id) {
		return jdbc.sql(SELECT + "where organization_id = ? and id = ?").params(agency.value(), id)
			.query(OnboardingProfiles::profile).optional();
	}

	Optional<OnboardingProfile> findByClientAccount(OrganizationId agency, OrganizationId client) {
		return jdbc.sql(SELECT + "where organization_id = ? and client_account_id = ?")
			.params(agency.value(), client.value()).query(OnboardingProfiles::profile).optional();
	}

	List<OnboardingProfile> list(OrganizationId agency, int limit) {
		return jdbc.sql(SELECT + "where organization_id = ? order by created_at desc, id desc limit ?")
			.params(agency.value(), limit).query(OnboardingProfiles::profile).list();
	}

	/** Replaces the step's answers and marks it done; the row is locked against a concurrent save of another step. */
	void saveStep(OrganizationId agency, UUID id, String step, Map<String, Object> answers) {
		jdbc.sql("""
				update onboarding_profiles
				set answers = answers || jsonb_build_object(?::text, ?::jsonb),
				    completed_steps = case when ? = any (completed_steps) then completed_steps
				                           else array_append(completed_steps, ?) end,
				    updated_at = now(), version = version + 1
				where organization_id = ? and id = ?
				""").params(step, JSON.writeValueAsString(answers), step, step, agency.value(), id).update();
	}

	void markActivated(OrganizationId agency, UUID id) {
		jdbc.sql("""
				update onboarding_profiles set activated_at = coalesce(activated_at, now()), updated_at = now(),
				  version = version + 1
				where organization_id = ? and id = ?
				""").params(agency.value(), id).update();
	}

	/** Answers whether this call completed it (false when it already was). */
	boolean markCompleted(OrganizationId agency, UUID id) {
		return jdbc.sql("""
				update onboarding_profiles set onboarding_completed_at = now(), updated_at = now(), version = version + 1
				where organization_id = ? and id = ? and onboarding_completed_at is null
				""").params(agency.value(), id).update() == 1;
	}

	private static OnboardingProfile profile(ResultSet rs, int row) throws SQLException {
		return new OnboardingProfile(rs.getObject("id", UUID.class),
				OrganizationId.of(rs.getObject("organization_id", UUID.class)),
				OrganizationId.of(rs.getObject("client_account_id", UUID.class)), rs.getObject("client_user_id", UUID.class),
				rs.getString("account_name"), rs.getString("client_type"), rs.getString("contact_name"),
				rs.getString("contact_email"), strings(rs, "offered_services"), strings(rs, "steps"),
				strings(rs, "required_steps"), JSON.readValue(rs.getString("answers"), ANSWERS),
				strings(rs, "completed_steps"), instant(rs.getTimestamp("activated_at")),
				instant(rs.getTimestamp("onboarding_completed_at")), rs.getTimestamp("created_at").toInstant());
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		return List.of((String[]) rs.getArray(column).getArray());
	}

	private static java.time.@Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
