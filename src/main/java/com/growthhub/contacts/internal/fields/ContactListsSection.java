package com.growthhub.contacts.internal.fields;

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

/** The lists a contact is in, and the organization's other lists to add it to, on the contact's page. */
@Component
class ContactListsSection implements ContactSection {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ContactListsSection(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** A list as the section names it. */
	record ListRef(UUID id, String name) {
	}

	@Override
	public String key() {
		return "lists";
	}

	@Override
	public String titleKey() {
		return "contacts.lists.title";
	}

	@Override
	public String fragment() {
		return "contacts/contact-lists :: section";
	}

	@Override
	public int order() {
		return 30;
	}

	/** Every member sees every list (as {@link ContactLists} does); the contact's own visibility was checked. */
	@Override
	public Map<String, Object> model(OrganizationId organization, Actor actor, ContactId contact) {
		record Row(UUID id, String name, boolean member) {
		}
		List<Row> rows = transactions.call(organization, actor, () -> jdbc.sql("""
				select l.id, l.name, exists (select 1 from list_members m
				  where m.organization_id = l.organization_id and m.list_id = l.id and m.contact_id = ?) as member
				from contact_lists l where l.organization_id = ? order by lower(l.name), l.id
				""").params(contact.value(), organization.value()).query(Row.class).list());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("items", rows.stream().filter(Row::member).map(row -> new ListRef(row.id(), row.name())).toList());
		model.put("others", rows.stream().filter(row -> !row.member()).map(row -> new ListRef(row.id(), row.name())).toList());
		return model;
	}
}
