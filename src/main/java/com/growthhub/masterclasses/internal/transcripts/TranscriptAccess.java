package com.growthhub.masterclasses.internal.transcripts;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The organization's staff read transcripts, search them and read insights; managers and above, and the class's
 * host, upload transcripts and ask for an AI summary. Clients of an agency see none of it.
 */
@Component
public class TranscriptAccess {

	private final Members members;

	TranscriptAccess(Members members) {
		this.members = members;
	}

	public void checkRead(OrganizationId organization, Actor actor) {
		Role role = members.roleOf(organization, actor.requireUserId()).orElse(Role.CLIENT);
		if (role == Role.CLIENT) {
			throw TranscriptRefusedException.forbidden("Only the organization's staff see masterclass transcripts and insights.");
		}
	}

	public void checkEdit(OrganizationId organization, Actor actor, ClassFacts masterclass) {
		UUID user = actor.requireUserId();
		Role role = members.roleOf(organization, user).orElse(Role.CLIENT);
		if (!role.atLeast(Role.MANAGER) && !user.equals(masterclass.hostUserId())) {
			throw TranscriptRefusedException.forbidden("Only managers, owners and the class's host change its transcript.");
		}
	}
}
