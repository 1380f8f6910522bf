package com.growthhub.scheduling.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.scheduling.BookingPageChoices;
import com.growthhub.shared.OrganizationId;

/** {@link BookingPageChoices} over the booking pages the actor may list. */
@Component
class BookingPageChoiceList implements BookingPageChoices {

	private final BookingPages pages;

	BookingPageChoiceList(BookingPages pages) {
		this.pages = pages;
	}

	@Override
	public List<Choice> active(OrganizationId organization, Actor actor) {
		return pages.list(organization, actor).stream()
			.filter(BookingPage::active)
			.map(page -> new Choice(page.id(), page.title(), "/book/" + page.slug()))
			.toList();
	}
}
