package com.growthhub.messaging.internal.lines;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.growthhub.shared.OrganizationId;

/**
 * The organization's line counters. They change only in the transaction that adds or removes a line, under the lock
 * of the organization's row, so two lines added at once cannot both take the last place.
 */
@Component
public class LineEntitlements {

	private final JdbcClient jdbc;

	private final LineSettings settings;

	LineEntitlements(JdbcClient jdbc, LineSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** @param total the lines the organization has: free lines used plus lines purchased */
	public record Entitlements(int freeLinesIncluded, int freeLinesUsed, int paidLinesAllowed, int linesPurchased,
			int totalLines) {
	}

	/** Takes a place for a new line: a free one while any is left, else a paid one; 409 when neither is. */
	@Transactional(propagation = Propagation.MANDATORY)
	BillingType reserve(OrganizationId organization) {
		Entitlements current = locked(organization);
		if (current.freeLinesUsed() < current.freeLinesIncluded()) {
			jdbc.sql("update line_entitlements set free_lines_used = free_lines_used + 1 where organization_id = ?")
				.param(organization.value()).update();
			return BillingType.FREE;
		}
		if (current.linesPurchased() < current.paidLinesAllowed()) {
			jdbc.sql("update line_entitlements set lines_purchased = lines_purchased + 1 where organization_id = ?")
				.param(organization.value()).update();
			return BillingType.PAID;
		}
		throw LineRefusedException.entitlementExhausted(current);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void release(OrganizationId organization, BillingType billing) {
		locked(organization);
		String column = billing == BillingType.FREE ? "free_lines_used" : "lines_purchased";
		jdbc.sql("update line_entitlements set " + column + " = greatest(" + column + " - 1, 0) where organization_id = ?")
			.param(organization.value()).update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Entitlements of(OrganizationId organization) {
		ensure(organization);
		return jdbc.sql("""
				select free_lines_included, free_lines_used, paid_lines_allowed, lines_purchased,
				  free_lines_used + lines_purchased as total_lines
				from line_entitlements where organization_id = ?
				""").param(organization.value()).query(Entitlements.class).single();
	}

	private Entitlements locked(OrganizationId organization) {
		ensure(organization);
		return jdbc.sql("""
				select free_lines_included, free_lines_used, paid_lines_allowed, lines_purchased,
				  free_lines_used + lines_purchased as total_lines
				from line_entitlements where organization_id = ? for update
				""").param(organization.value()).query(Entitlements.class).single();
	}

	/** No plan model yet: the row is made from the settings the first time it is needed. */
	private void ensure(OrganizationId organization) {
		jdbc.sql("""
				insert into line_entitlements (organization_id, free_lines_included, paid_lines_allowed)
				values (?, ?, ?) on conflict (organization_id) do nothing
				""").params(organization.value(), settings.freeLinesIncluded(), settings.paidLinesAllowed()).update();
	}
}
