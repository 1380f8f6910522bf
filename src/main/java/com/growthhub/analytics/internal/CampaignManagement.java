package com.growthhub.analytics.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.analytics.CampaignPlatform;
import com.growthhub.analytics.CampaignStatus;
import com.growthhub.contacts.ContactCampaigns;
import com.growthhub.pipeline.DealCampaigns;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/** Campaigns and their spend month by month: read by members, changed by managers and owners. */
@Component
public class CampaignManagement {

	public static final int DEFAULT_LIMIT = 50;
	private static final int MAX_LIMIT = 200;

	private final CampaignRepository campaigns;
	private final TenantTransactions transactions;
	private final AnalyticsAccess access;
	private final ContactCampaigns contactCampaigns;
	private final DealCampaigns dealCampaigns;

	CampaignManagement(CampaignRepository campaigns, TenantTransactions transactions, AnalyticsAccess access,
			ContactCampaigns contactCampaigns, DealCampaigns dealCampaigns) {
		this.contactCampaigns = contactCampaigns;
		this.dealCampaigns = dealCampaigns;
		this.campaigns = campaigns;
		this.transactions = transactions;
		this.access = access;
	}

	public record Page(List<CampaignView> items, @Nullable String nextCursor) {
	}

	public record Detail(CampaignView campaign, List<MonthlySpend> spend) {
	}

	public Page list(OrganizationId organization, Actor actor, @Nullable CampaignPlatform platform,
			@Nullable CampaignStatus status, @Nullable PageCursor after, int limit) {
		access.read(organization, actor);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw KpiEventInputException.campaignField("limit", "must be between 1 and " + MAX_LIMIT);
		}
		List<CampaignView> rows = transactions.call(organization, actor,
				() -> campaigns.list(organization, platform, status, after, limit));
		if (rows.size() <= limit) {
			return new Page(rows, null);
		}
		CampaignView last = rows.get(limit - 1);
		return new Page(rows.subList(0, limit), new PageCursor(last.createdAt(), last.id()).encode());
	}

	public List<CampaignView> all(OrganizationId organization, Actor actor) {
		access.read(organization, actor);
		return transactions.call(organization, actor, () -> campaigns.all(organization));
	}

	public Detail get(OrganizationId organization, Actor actor, UUID id) {
		access.read(organization, actor);
		return transactions.call(organization, actor, () -> new Detail(found(organization, id),
				campaigns.spend(organization, id)));
	}

	public UUID create(OrganizationId organization, Actor actor, CampaignDraft draft) {
		access.write(organization, actor);
		draft.check();
		return transactions.call(organization, actor, () -> {
			if (campaigns.nameTaken(organization, draft.name(), null)) {
				throw AnalyticsRefusedException.nameTaken(draft.name());
			}
			return campaigns.insert(organization, draft);
		});
	}

	public void update(OrganizationId organization, Actor actor, UUID id, CampaignDraft draft) {
		access.write(organization, actor);
		draft.check();
		transactions.run(organization, actor, () -> {
			CampaignView before = found(organization, id);
			if (campaigns.nameTaken(organization, draft.name(), id)) {
				throw AnalyticsRefusedException.nameTaken(draft.name());
			}
			campaigns.update(organization, id, draft);
			String name = draft.name();
			if (name != null && !name.equals(before.name())) {
				// Contacts and deals keep the name beside the reference, for their filters, search and exports.
				contactCampaigns.renamed(organization, id, name);
				dealCampaigns.renamed(organization, id, name);
			}
		});
	}

	public void delete(OrganizationId organization, Actor actor, UUID id) {
		access.write(organization, actor);
		transactions.run(organization, actor, () -> {
			if (!campaigns.delete(organization, id)) {
				throw NotFoundException.of("Campaign " + id);
			}
		});
	}

	public MonthlySpend spend(OrganizationId organization, Actor actor, UUID id, YearMonth month, @Nullable Long amountCents) {
		access.write(organization, actor);
		if (amountCents == null || amountCents < 0) {
			throw KpiEventInputException.campaignField("amountCents", "is required and must not be negative");
		}
		transactions.run(organization, actor, () -> {
			found(organization, id);
			campaigns.spend(organization, id, month, amountCents);
		});
		return new MonthlySpend(month, amountCents);
	}

	/** 404 for an unknown, deleted or another organization's campaign. */
	CampaignView found(OrganizationId organization, UUID id) {
		return campaigns.find(organization, id).orElseThrow(() -> NotFoundException.of("Campaign " + id));
	}

	public static YearMonth month(String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (RuntimeException ex) {
			throw KpiEventInputException.campaignField("month", "must be a month as yyyy-mm");
		}
	}
}
