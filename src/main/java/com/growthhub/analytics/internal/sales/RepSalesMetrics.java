package com.growthhub.analytics.internal.sales;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.growthhub.contacts.RepLeadFigures;
import com.growthhub.identity.ClientAccount;
import com.growthhub.identity.ClientAccounts;
import com.growthhub.identity.Members;
import com.growthhub.pipeline.RepDealFigures;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.scheduling.RepAppointmentFigures;
import com.growthhub.shared.OrganizationId;

/**
 * Sales metrics per rep (AN4): each module answers its own figures per member through its root API (contacts: leads
 * and first contact, scheduling: calls, pipeline: won deals) and this class puts them side by side. Every member is
 * listed, also those with nothing in the period, busiest first.
 */
@Service
public class RepSalesMetrics {

	private final Members members;
	private final RepLeadFigures leads;
	private final RepAppointmentFigures calls;
	private final RepDealFigures deals;
	private final ClientAccounts clientAccounts;

	RepSalesMetrics(Members members, RepLeadFigures leads, RepAppointmentFigures calls, RepDealFigures deals,
			ClientAccounts clientAccounts) {
		this.members = members;
		this.clientAccounts = clientAccounts;
		this.leads = leads;
		this.calls = calls;
		this.deals = deals;
	}

	public List<RepMetrics> reps(OrganizationId organization, SalesPeriod period) {
		Map<UUID, RepLeadFigures.Leads> leadFigures = leads.perOwner(organization, period.start(), period.end());
		Map<UUID, RepAppointmentFigures.Calls> callFigures = calls.perRep(organization, period.start(), period.end());
		Map<UUID, List<RepDealFigures.Won>> won = new HashMap<>();
		deals.wonPerOwner(organization, period.start(), period.end())
			.forEach(row -> won.computeIfAbsent(row.ownerId(), id -> new ArrayList<>()).add(row));
		List<RepMetrics> rows = new ArrayList<>();
		for (Members.Member member : members.list(organization)) {
			RepLeadFigures.Leads lead = leadFigures.getOrDefault(member.userId(), new RepLeadFigures.Leads(0, 0, 0));
			RepAppointmentFigures.Calls call = callFigures.getOrDefault(member.userId(), new RepAppointmentFigures.Calls(0, 0));
			List<RepDealFigures.Won> memberWon = won.getOrDefault(member.userId(), List.of());
			Duration average = FirstContactAverage.of(lead.contacted(), lead.secondsToFirstContact());
			rows.add(new RepMetrics(member.userId(), member.name(), lead.owned(), lead.contacted(),
					average == null ? null : average.toSeconds(), call.booked(), call.held(),
					memberWon.stream().mapToLong(RepDealFigures.Won::deals).sum(),
					memberWon.stream().map(w -> new RepMetrics.Money(w.currency(), w.valueCents())).toList()));
		}
		rows.sort(Comparator.comparingLong(RepMetrics::dealsWon).thenComparingLong(RepMetrics::leadsOwned).reversed()
			.thenComparing(RepMetrics::name));
		return rows;
	}

	/** The agency's client accounts the viewer opens (identity's rule), each with its figures, and their roll-up. */
	public record Accounts(List<AccountMetrics> items, AccountMetrics total) {
	}

	/**
	 * Per client account of {@code agency} that {@code viewer} opens. A client account is no agency: 404, as for any
	 * agency page it asks for. Each account's figures are read in that account's own organization.
	 */
	public Accounts accounts(OrganizationId agency, Actor viewer, SalesPeriod period) {
		if (clientAccounts.ofClient(agency).isPresent()) {
			throw NotFoundException.of("Agency");
		}
		List<AccountMetrics> rows = new ArrayList<>();
		for (ClientAccount account : clientAccounts.openableBy(agency, viewer.requireUserId())) {
			rows.add(account(account, period));
		}
		return new Accounts(rows, AccountMetrics.total("total", rows));
	}

	private AccountMetrics account(ClientAccount account, SalesPeriod period) {
		OrganizationId client = account.id();
		long owned = 0;
		long contacted = 0;
		long seconds = 0;
		for (RepLeadFigures.Leads lead : leads.perOwner(client, period.start(), period.end()).values()) {
			owned += lead.owned();
			contacted += lead.contacted();
			seconds += lead.secondsToFirstContact();
		}
		long booked = 0;
		long held = 0;
		for (RepAppointmentFigures.Calls call : calls.perRep(client, period.start(), period.end()).values()) {
			booked += call.booked();
			held += call.held();
		}
		Map<String, Long> revenue = new java.util.TreeMap<>();
		long won = 0;
		for (RepDealFigures.Won deal : deals.wonPerOwner(client, period.start(), period.end())) {
			won += deal.deals();
			revenue.merge(deal.currency(), deal.valueCents(), Long::sum);
		}
		Duration average = FirstContactAverage.of(contacted, seconds);
		List<RepMetrics.Money> money = new ArrayList<>();
		revenue.forEach((currency, cents) -> money.add(new RepMetrics.Money(currency, cents)));
		return new AccountMetrics(client.value(), account.name(), owned, contacted,
				average == null ? null : average.toSeconds(), booked, held, won, money);
	}
}
