package com.growthhub.masterclasses.internal.live;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.masterclasses.MasterclassEnded;
import com.growthhub.masterclasses.MasterclassStarted;
import com.growthhub.platform.realtime.LiveUpdates;

/** Tells every open room that the session started or ended: the waiting room turns into the player, the player into the replay. */
@Component
class LiveRoomStatusListener {

	private final LiveUpdates updates;

	LiveRoomStatusListener(LiveUpdates updates) {
		this.updates = updates;
	}

	@ApplicationModuleListener
	void on(MasterclassStarted event) {
		updates.publish(LiveRoom.topic(event.masterclassId().value()), "status", "{\"status\":\"live\"}");
	}

	@ApplicationModuleListener
	void on(MasterclassEnded event) {
		updates.publish(LiveRoom.topic(event.masterclassId().value()), "status", "{\"status\":\"ended\"}");
	}
}
