package com.growthhub.masterclasses.internal.live;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Each node, every second, sends the scheduled notifications that are due (the claim in the database makes each go
 * out once across nodes) and, every five seconds, each live room's viewer count when it changed. A job queue would
 * add its polling delay (seconds) to an offer that should appear at its media second.
 */
@Component
class LiveRoomTimer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveRoomTimer.class);

	private final LiveNotifications notifications;
	private final LiveRoomRepository rooms;
	private final ViewerSessions viewers;
	private final LiveChat chat;
	private final LiveUpdates updates;
	private final TenantTransactions transactions;
	private final Map<UUID, Integer> lastCounts = new ConcurrentHashMap<>();
	private volatile ScheduledExecutorService timer;
	private long ticks;

	LiveRoomTimer(LiveNotifications notifications, LiveRoomRepository rooms, ViewerSessions viewers, LiveChat chat,
			LiveUpdates updates, TenantTransactions transactions) {
		this.notifications = notifications;
		this.rooms = rooms;
		this.viewers = viewers;
		this.chat = chat;
		this.updates = updates;
		this.transactions = transactions;
	}

	@Override
	public void start() {
		timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-room-timer").daemon().factory());
		timer.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
	}

	private void tick() {
		try {
			notifications.sendDue();
			if (ticks++ % 5 == 0) {
				broadcastViewers();
				chat.forgetIdleWriters();
			}
		}
		catch (RuntimeException ex) {
			// The next second tries again; a database outage must not end the timer.
			log.warn("The live room timer failed this time: {}", ex.getMessage());
		}
	}

	private void broadcastViewers() {
		var live = transactions.call(TenantScope.system(new Actor.Job("live-room-timer")), rooms::liveRooms);
		lastCounts.keySet().retainAll(live.stream().map(LiveRoom::masterclassId).toList());
		for (LiveRoom room : live) {
			int count = viewers.viewers(room);
			Integer last = lastCounts.put(room.masterclassId(), count);
			if (last == null || last != count) {
				updates.publish(room.topic(), "viewers", "{\"viewers\":" + count + "}");
			}
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = timer;
		if (running != null) {
			running.shutdownNow();
		}
		timer = null;
	}

	@Override
	public boolean isRunning() {
		return timer != null;
	}
}
