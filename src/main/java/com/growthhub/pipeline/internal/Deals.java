package com.growthhub.pipeline.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.CampaignDirectory.Campaign;
import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.identity.Members;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.CurrencyCode;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/** Creates, reads, lists and edits deals; moving them between stages is {@link DealMoves}. */
@Service
public class Deals {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final DealRows rows;
	private final Pipelines pipelines;
	private final ServiceCatalog services;
	private final ContactDirectory contacts;
	private final Members members;
	private final DealActivity activity;
	private final OrganizationPreferences preferences;
	private final DealCampaignNames campaigns;

	Deals(JdbcClient jdbc, TenantTransactions transactions, DealRows rows, Pipelines pipelines, ServiceCatalog services,
			ContactDirectory contacts, Members members, DealActivity activity, OrganizationPreferences preferences,
			DealCampaignNames campaigns) {
		this.campaigns = campaigns;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.rows = rows;
		this.pipelines = pipelines;
		this.services = services;
		this.contacts = contacts;
		this.members = members;
		this.activity = activity;
		this.preferences = preferences;
	}

	public record Page(List<DealView> items, @Nullable String nextCursor) {
	}

	/** A deal without a currency is in the organization's default currency. */
	public DealView create(OrganizationId organization, Actor actor, DealDraft draft) {
		check(draft.title(), true, draft.valueCents(), draft.currency(), draft.campaign());
		String contactName = nameOf(organization, actor, draft.contactId());
		if (contactName == null) {
			throw NotFoundException.of("Contact");
		}
		checkOwnerAndDate(organization, draft.ownerId(), draft.expectedCloseDate());
		return transactions.call(organization, actor, () -> {
			PipelineView pipeline = draft.pipelineId() == null ? firstPipeline(organization)
					: pipelines.load(organization, draft.pipelineId());
			StageView stage = draft.stageId() != null ? pipeline.stage(draft.stageId())
					: pipeline.stages().stream().filter(s -> s.kind() == StageKind.OPEN).findFirst()
						.orElseThrow(() -> InvalidDealException.of("pipelineId", "has no open stage"));
			checkService(organization, draft.serviceId());
			UUID id = Ids.next();
			if (stage.kind() == StageKind.OPEN && !pipeline.allowMultipleOpenDeals()) {
				rows.otherOpenDeal(organization, pipeline.id(), draft.contactId(), id).ifPresent(existing -> {
					throw PipelineConflictException.openDealExists(existing);
				});
			}
			if (stage.kind() == StageKind.LOST) {
				throw InvalidDealException.lostReasonRequired();
			}
			Campaign campaign = campaigns.chosen(organization, draft.campaignId(), draft.campaign());
			jdbc.sql("""
					insert into deals (id, organization_id, pipeline_id, stage_id, contact_id, title, value_cents, currency,
					  service_id, expected_close_date, owner_id, campaign, campaign_id, status, closed_at, created_by)
					values (?, ?, ?, ?, ?, ?, coalesce(?, 0), ?, ?, ?, ?, ?, ?, ?,
					  case when ? <> 'OPEN' then now() end, ?)
					""").params(id, organization.value(), pipeline.id(), stage.id(), draft.contactId(), draft.title().strip(),
					draft.valueCents(), draft.currency() == null ? preferences.defaultCurrency(organization)
							: currency(draft.currency()), draft.serviceId(), draft.expectedCloseDate(),
					draft.ownerId(), campaign == null ? blankToNull(draft.campaign()) : campaign.name(),
					campaign == null ? null : campaign.id(),
					stage.kind().name(), stage.kind().name(), actor.userId()).update();
			rows.recordMove(organization, id, null, null, stage, actor);
			DealView deal = rows.get(organization, id).withContactName(contactName);
			activity.created(organization, deal, actor);
			return deal;
		});
	}

	/** The organization's campaigns, for the deal form's picker. */
	public List<Campaign> campaignChoices(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> campaigns.all(organization));
	}

	public DealView get(OrganizationId organization, Actor actor, UUID id) {
		DealView deal = transactions.call(organization, actor, () -> rows.get(organization, id));
		return deal.withContactName(nameOf(organization, actor, deal.contactId()));
	}

	public DealView update(OrganizationId organization, Actor actor, UUID id, DealChanges changes) {
		check(changes.title(), false, changes.valueCents(), changes.currency(), changes.campaign());
		checkOwnerAndDate(organization, changes.ownerId(), null);
		DealView updated = transactions.call(organization, actor, () -> {
			DealView before = rows.get(organization, id);
			// A date already past may stay as it is (an edit form sends it back); only a new date must not be past.
			if (changes.expectedCloseDate() != null && !changes.expectedCloseDate().equals(before.expectedCloseDate())) {
				checkOwnerAndDate(organization, null, changes.expectedCloseDate());
			}
			checkService(organization, changes.serviceId());
			// A form sends the name back unchanged: the deal keeps its campaign, even one deleted since.
			boolean unchanged = changes.campaignId() == null && before.campaignId() != null
					&& Objects.equals(changes.campaign(), before.campaign());
			Campaign campaign = unchanged ? null : campaigns.chosen(organization, changes.campaignId(), changes.campaign());
			// A campaign named in the same change wins over clearing it.
			boolean clearCampaign = changes.cleared().contains(DealChanges.Clearable.CAMPAIGN) && campaign == null
					&& blankToNull(changes.campaign()) == null;
			int count = jdbc.sql("""
					update deals set title = coalesce(?, title), value_cents = coalesce(?, value_cents),
					  currency = coalesce(?, currency),
					  service_id = case when ? then null else coalesce(?, service_id) end,
					  expected_close_date = case when ? then null else coalesce(?, expected_close_date) end,
					  owner_id = case when ? then null else coalesce(?, owner_id) end,
					  campaign = case when ? then null else coalesce(?, campaign) end,
					  campaign_id = case when ? then null else coalesce(?, campaign_id) end, updated_at = now(), version = version + 1
					where organization_id = ? and id = ? and version = ?
					""").params(changes.title() == null ? null : changes.title().strip(), changes.valueCents(),
					currency(changes.currency()), changes.cleared().contains(DealChanges.Clearable.SERVICE),
					changes.serviceId(), changes.cleared().contains(DealChanges.Clearable.EXPECTED_CLOSE_DATE),
					changes.expectedCloseDate(), changes.cleared().contains(DealChanges.Clearable.OWNER), changes.ownerId(),
					clearCampaign, campaign == null ? blankToNull(changes.campaign()) : campaign.name(), clearCampaign,
					campaign == null ? null : campaign.id(),
					organization.value(), id,
					changes.version() == null ? before.version() : changes.version()).update();
			if (count == 0) {
				throw PipelineConflictException.changedMeanwhile(rows.get(organization, id));
			}
			DealView deal = rows.get(organization, id);
			activity.edited(organization, before, deal, actor);
			return deal;
		});
		return updated.withContactName(nameOf(organization, actor, updated.contactId()));
	}

	public Page list(OrganizationId organization, Actor actor, DealFilter filter) {
		int limit = Math.clamp(filter.limit(), 1, 200);
		PageCursor cursor = PageCursor.parse(filter.cursor());
		UUID @Nullable [] tagged = filter.tagId() == null ? null
				: contacts.taggedWith(organization, filter.tagId()).stream().map(ContactId::value).toArray(UUID[]::new);
		List<DealView> found = transactions.call(organization, actor, () -> jdbc.sql(
				DealRows.SELECT + """
						 where d.organization_id = :org
						 and (cast(:pipeline as uuid) is null or d.pipeline_id = :pipeline)
						 and (cast(:stage as uuid) is null or d.stage_id = :stage)
						 and (cast(:owner as uuid) is null or d.owner_id = :owner)
						 and (cast(:contact as uuid) is null or d.contact_id = :contact)
						 and (cast(:status as text) is null or d.status = :status)
						 and (cast(:service as uuid) is null or d.service_id = :service)
						 and (cast(:tagged as uuid[]) is null or d.contact_id = any (:tagged))
						 and (cast(:campaign as uuid) is null or d.campaign_id = :campaign)
						 and (cast(:afterTime as timestamptz) is null or (d.updated_at, d.id) < (cast(:afterTime as timestamptz), :afterId))
						 order by d.updated_at desc, d.id desc limit :limit
						""")
			.param("org", organization.value()).param("pipeline", filter.pipelineId()).param("stage", filter.stageId())
			.param("owner", filter.ownerId()).param("contact", filter.contactId())
			.param("status", filter.status() == null ? null : filter.status().name())
			.param("service", filter.serviceId()).param("tagged", tagged).param("campaign", filter.campaignId())
			.param("afterTime", cursor == null ? null : java.sql.Timestamp.from(cursor.instant()))
			.param("afterId", cursor == null ? null : cursor.id()).param("limit", limit + 1)
			.query(DealView.class).list());
		List<DealView> items = named(organization, actor, found.subList(0, Math.min(limit, found.size())));
		String next = found.size() > limit ? new PageCursor(items.getLast().updatedAt(), items.getLast().id()).encode() : null;
		return new Page(items, next);
	}

	/** The deals with their contacts' names as the actor may see them (none for a contact hidden from them). */
	List<DealView> named(OrganizationId organization, Actor actor, List<DealView> deals) {
		var names = contacts.names(organization, actor,
				deals.stream().map(DealView::contactId).distinct().map(ContactId::of).toList());
		List<DealView> named = new ArrayList<>(deals.size());
		deals.forEach(deal -> named.add(deal.withContactName(names.get(ContactId.of(deal.contactId())))));
		return named;
	}

	private @Nullable String nameOf(OrganizationId organization, Actor actor, UUID contactId) {
		return contacts.names(organization, actor, List.of(ContactId.of(contactId))).get(ContactId.of(contactId));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private PipelineView firstPipeline(OrganizationId organization) {
		pipelines.ensureDefault(organization);
		UUID id = jdbc.sql("select id from pipelines where organization_id = ? and is_default")
			.param(organization.value()).query(UUID.class).single();
		return pipelines.load(organization, id);
	}

	private static void check(@Nullable String title, boolean creating, @Nullable Long valueCents,
			@Nullable String currency, @Nullable String campaign) {
		new FieldChecks().text("title", title, creating, 200)
			.notNegative("valueCents", valueCents)
			.currency("currency", currency)
			.atMost("campaign", campaign, 200)
			.orThrow();
	}

	private void checkOwnerAndDate(OrganizationId organization, @Nullable UUID ownerId, @Nullable LocalDate closeDate) {
		List<InvalidDealException> refusals = new ArrayList<>();
		if (closeDate != null && closeDate.isBefore(LocalDate.now())) {
			refusals.add(InvalidDealException.closeDateInPast());
		}
		if (ownerId != null && members.roleOf(organization, ownerId).isEmpty()) {
			refusals.add(InvalidDealException.ownerNotMember());
		}
		if (!refusals.isEmpty()) {
			throw InvalidDealException.all(refusals);
		}
	}

	private void checkService(OrganizationId organization, @Nullable UUID serviceId) {
		if (serviceId != null && !services.exists(organization, serviceId)) {
			throw InvalidDealException.unknownService();
		}
	}

	private static @Nullable String currency(@Nullable String currency) {
		if (currency == null) {
			return null;
		}
		if (!CurrencyCode.Validator.known(currency)) {
			throw InvalidDealException.of("currency", "must be an ISO 4217 currency code such as USD");
		}
		return currency.strip().toUpperCase(Locale.ROOT);
	}
}
