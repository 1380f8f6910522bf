package com.growthhub.scheduling.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.scheduling.BookingPageId;
import com.growthhub.scheduling.BookingPageLinks;
import com.growthhub.shared.OrganizationId;

@Component
class ActiveBookingPageLinks implements BookingPageLinks {

	private final BookingPageRepository pages;
	private final TenantTransactions transactions;

	ActiveBookingPageLinks(BookingPageRepository pages, TenantTransactions transactions) {
		this.pages = pages;
		this.transactions = transactions;
	}

	@Override
	public Optional<String> path(OrganizationId organization, BookingPageId page) {
		return transactions.call(organization, new Actor.Job("booking-links"), () -> pages.find(organization, page.value()))
			.filter(BookingPage::active)
			.map(found -> "/book/" + found.slug());
	}
}
