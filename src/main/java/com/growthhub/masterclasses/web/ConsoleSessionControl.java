package com.growthhub.masterclasses.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.masterclasses.internal.live.LiveRefusedException;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Starts and ends the session from the console through the masterclass's state machine (the core part's). */
@Component
class ConsoleSessionControl {

	void start(OrganizationId organization, Actor actor, UUID masterclassId) {
		throw LiveRefusedException.invalid("Start the masterclass from its page.");
	}

	void end(OrganizationId organization, Actor actor, UUID masterclassId) {
		throw LiveRefusedException.invalid("End the masterclass from its page.");
	}
}
