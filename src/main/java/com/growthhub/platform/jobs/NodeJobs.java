package com.growthhub.platform.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;

/**
 * Names this node's job scheduler after its host and HTTP port, which no other live process can hold at the same
 * time, and on start hands back the jobs that name had picked: they belonged to this node's previous life, killed
 * while running them. Without this a crashed import stayed "processing" until its missed heartbeats declared it dead
 * (a minute). A node on a random port (tests) has a name of its own each time and relies on heartbeats alone.
 */
@Component
class NodeJobs implements DbSchedulerCustomizer {

	private static final Logger log = LoggerFactory.getLogger(NodeJobs.class);

	private final String name;
	private final boolean stable;
	private final JdbcClient jdbc;

	NodeJobs(Environment environment, JdbcClient jdbc) {
		String port = environment.getProperty("server.port", "8080");
		this.stable = !"0".equals(port);
		this.name = host() + ":" + (stable ? port : UUID.randomUUID().toString());
		this.jdbc = jdbc;
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

	@Override
	public Optional<SchedulerName> schedulerName() {
		return Optional.of(new SchedulerName.Fixed(name));
	}

	/**
	 * Runs when the context is refreshed: after the web server has bound its port (so no earlier process with this
	 * name still lives) and before the scheduler starts (it waits for the context, and listeners run in order).
	 */
	@EventListener(ContextRefreshedEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void takeBackWhatThisNodeWasRunning() {
		if (!stable) {
			return;
		}
		int released = jdbc.sql("""
				update scheduled_tasks set picked = false, picked_by = null, last_heartbeat = null
				where picked and picked_by = ?
				""").param(name).update();
		if (released > 0) {
			log.info("Took back {} job(s) this node was running when it stopped; they run again now", released);
		}
	}
}
