package com.growthhub.pipeline.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactSection;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** The contact's deals on its page: open ones first, then the most recently changed. */
@Component
class ContactDealsSection implements ContactSection {

	/** More than a person reads on a contact's page; the deal list filters by contact for the rest. */
	static final int LIMIT = 50;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ContactDealsSection(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** A deal as the section (and the API's {@code related} answer) shows it; status is open, won or lost. */
	record ContactDeal(UUID id, String title, String stageName, String status, long valueCents, String currency) {

		static ContactDeal of(DealView deal) {
			return new ContactDeal(deal.id(), deal.title(), deal.stageName(), deal.status().key(), deal.valueCents(),
					deal.currency());
		}
	}

	@Override
	public String key() {
		return "deals";
	}

	@Override
	public String titleKey() {
		return "pipeline.contactDeals.title";
	}

	@Override
	public String fragment() {
		return "pipeline/contact-deals :: section";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Map<String, Object> model(OrganizationId organization, Actor actor, ContactId contact) {
		List<DealView> deals = transactions.call(organization, actor, () -> jdbc
			.sql(DealRows.SELECT + """
					 where d.organization_id = ? and d.contact_id = ?
					 order by d.status = 'OPEN' desc, d.updated_at desc, d.id desc limit ?
					""")
			.params(organization.value(), contact.value(), LIMIT + 1)
			.query(DealView.class)
			.list());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("contactId", contact.value());
		model.put("items", deals.stream().limit(LIMIT).map(ContactDeal::of).toList());
		model.put("more", deals.size() > LIMIT);
		return model;
	}
}
