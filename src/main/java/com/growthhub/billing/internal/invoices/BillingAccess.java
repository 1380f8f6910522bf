package com.growthhub.billing.internal.invoices;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Who may do what with invoices: every member reads them and writes drafts; managers and up issue, void, write off,
 * credit and keep the product list, since those change what customers owe; admins and owners change billing settings.
 * Clients of an agency never reach billing (the client portal's rules).
 */
@Component
public class BillingAccess {

	private final Members members;

	BillingAccess(Members members) {
		this.members = members;
	}

	public void read(OrganizationId organization, Actor actor) {
		require(organization, actor, Role.MEMBER, "Only the organization's people see its invoices.");
	}

	public void writeDrafts(OrganizationId organization, Actor actor) {
		require(organization, actor, Role.MEMBER, "Only the organization's people write invoices.");
	}

	public void bill(OrganizationId organization, Actor actor) {
		require(organization, actor, Role.MANAGER, "Only managers, admins and owners issue, void or credit invoices.");
	}

	public void configure(OrganizationId organization, Actor actor) {
		require(organization, actor, Role.ADMIN, "Only admins and owners change billing settings.");
	}

	public boolean mayBill(OrganizationId organization, Actor actor) {
		return members.reaches(organization, actor, Role.MANAGER);
	}

	private void require(OrganizationId organization, Actor actor, Role least, String detail) {
		if (!members.reaches(organization, actor, least)) {
			throw InvoiceRefusedException.forbidden(detail);
		}
	}
}
