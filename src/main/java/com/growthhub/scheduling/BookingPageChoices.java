package com.growthhub.scheduling;

import java.util.List;
import java.util.UUID;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** The organization's active booking pages, for other modules that offer one (a masterclass's call booking). */
public interface BookingPageChoices {

	List<Choice> active(OrganizationId organization, Actor actor);

	/** @param path the public page, {@code /book/{slug}} */
	record Choice(UUID id, String title, String path) {
	}
}
