package com.growthhub.masterclasses.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.masterclasses.internal.MasterclassStatus;
import com.growthhub.masterclasses.internal.Masterclasses;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Starts and ends the session from the console through the masterclass's status machine, which sets the live times
 * and publishes MasterclassStarted / MasterclassEnded (the rooms hear of it through their status event).
 */
@Component
class ConsoleSessionControl {

	private final Masterclasses masterclasses;

	ConsoleSessionControl(Masterclasses masterclasses) {
		this.masterclasses = masterclasses;
	}

	void start(OrganizationId organization, Actor actor, UUID masterclassId) {
		masterclasses.move(organization, actor, masterclassId, MasterclassStatus.Action.START);
	}

	void end(OrganizationId organization, Actor actor, UUID masterclassId) {
		masterclasses.move(organization, actor, masterclassId, MasterclassStatus.Action.END);
	}
}
