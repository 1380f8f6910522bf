package com.growthhub.messaging.internal.lines;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** Lines' usage today, for the API and the list that refreshes itself. */
@Service
public class LineUsage {

	private final LineRepository lines;
	private final DailyLimits limits;
	private final TenantTransactions transactions;

	LineUsage(LineRepository lines, DailyLimits limits, TenantTransactions transactions) {
		this.lines = lines;
		this.limits = limits;
		this.transactions = transactions;
	}

	public DailyLimits.Usage of(OrganizationId organization, Actor actor, UUID lineId) {
		return transactions.call(organization, actor, () -> limits.usage(organization,
				lines.find(organization, lineId).orElseThrow(() -> NotFoundException.of("Line"))));
	}

	public Map<UUID, DailyLimits.Usage> of(OrganizationId organization, Actor actor, List<LineView> all) {
		return transactions.call(organization, actor, () -> limits.usage(organization, all));
	}
}
