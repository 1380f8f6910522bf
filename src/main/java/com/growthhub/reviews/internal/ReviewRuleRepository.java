package com.growthhub.reviews.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.OrganizationId;

/** The organization's review rules; the defaults until someone saves them. */
@Repository
class ReviewRuleRepository {

	private final JdbcClient jdbc;

	ReviewRuleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ReviewRules find(OrganizationId organization) {
		return jdbc.sql("""
				select client_approval_required, low_rating_threshold, flag_after_hours, tone, signature
				from review_settings where organization_id = ?
				""").param(organization.value())
			.query((rs, row) -> new ReviewRules(rs.getBoolean(1), rs.getInt(2), rs.getInt(3),
					ReviewRules.Tone.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT)), rs.getString(5)))
			.optional().orElse(ReviewRules.DEFAULTS);
	}

	void save(OrganizationId organization, ReviewRules rules) {
		jdbc.sql("""
				insert into review_settings (organization_id, client_approval_required, low_rating_threshold,
				  flag_after_hours, tone, signature)
				values (?, ?, ?, ?, ?, ?)
				on conflict (organization_id) do update set client_approval_required = excluded.client_approval_required,
				  low_rating_threshold = excluded.low_rating_threshold, flag_after_hours = excluded.flag_after_hours,
				  tone = excluded.tone, signature = excluded.signature, updated_at = now()
				""").params(organization.value(), rules.clientApprovalRequired(), rules.lowRatingThreshold(),
				rules.flagAfterHours(), rules.tone().key(), rules.signature())
			.update();
	}
}
