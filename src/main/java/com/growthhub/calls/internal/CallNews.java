package com.growthhub.calls.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.shared.OrganizationId;

/**
 * Tells open inboxes of the organization that a call arrived or changed (after the transaction commits); the page
 * then fetches its rows again, so the event carries only the call's id.
 */
@Component
public class CallNews {

	static final String EVENT = "calls-changed";

	private final LiveUpdates live;

	CallNews(LiveUpdates live) {
		this.live = live;
	}

	public static String topic(OrganizationId organization) {
		return "calls:" + organization.value();
	}

	void changed(OrganizationId organization, UUID callId) {
		live.publish(topic(organization), EVENT, "{\"callId\":\"" + callId + "\"}");
	}
}
