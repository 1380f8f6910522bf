package com.growthhub.platform.realtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates through PostgreSQL: {@link #publish} runs {@code pg_notify} in the caller's transaction,
 * which PostgreSQL delivers only if that transaction commits, and to every node listening. Each node
 * holds one connection that LISTENs and hands each notification to its local SSE subscribers.
 */
@Component
class PostgresLiveUpdates implements LiveUpdates, InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PostgresLiveUpdates.class);

	static final String CHANNEL = "growthhub_live";
	static final int MAX_PAYLOAD = 7000;
	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);
	private static final Duration HEARTBEAT = Duration.ofSeconds(25);

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final Map<String, Set<SseEmitter>> subscribers = new ConcurrentHashMap<>();
	private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().name("live-heartbeat").daemon().factory());
	private final List<Relay> relays = new CopyOnWriteArrayList<>();
	private final CountDownLatch listening = new CountDownLatch(1);
	private volatile boolean running = true;
	private Thread listener;

	PostgresLiveUpdates(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@Override
	public void afterPropertiesSet() throws InterruptedException {
		listener = Thread.ofPlatform().name("live-listener").daemon().start(this::listen);
		heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
		// Events published right after start-up must not be missed by this node.
		if (!listening.await(10, TimeUnit.SECONDS)) {
			log.warn("Live updates are not listening yet; browsers will see changes after the next reconnect");
		}
	}

	@Override
	public void publish(String topic, String event, String data) {
		String payload = topic + "\n" + event + "\n" + data;
		if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
			throw new IllegalArgumentException("A live update carries ids and counts, not " + payload.length() + " characters");
		}
		jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, payload).query().singleRow();
	}

	@Override
	public SseEmitter subscribe(String topic) {
		return open(topic, null, null);
	}

	@Override
	public SseEmitter subscribe(String topic, String event, Supplier<String> data) {
		return open(topic, event, data);
	}

	private SseEmitter open(String topic, @Nullable String event, @Nullable Supplier<String> data) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		// Added under the topic's lock, so the removal of its last subscriber cannot drop the set in between.
		subscribers.compute(topic, (key, set) -> {
			Set<SseEmitter> present = set == null ? ConcurrentHashMap.newKeySet() : set;
			present.add(emitter);
			return present;
		});
		Runnable remove = () -> remove(topic, emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(error -> remove.run());
		// Tells the browser (and tests) that the stream is open and will receive what happens from now on.
		send(topic, emitter, SseEmitter.event().name("ready").data("{}"));
		if (event != null && data != null) {
			// Read only now that the emitter is subscribed, so a change made meanwhile arrives as an event too.
			send(topic, emitter, SseEmitter.event().name(event).data(data.get()));
		}
		return emitter;
	}

	@Override
	public void relay(String topicPrefix, Consumer<Update> consumer) {
		relays.add(new Relay(topicPrefix, consumer));
	}

	private record Relay(String prefix, Consumer<Update> consumer) {
	}

	int subscriberCount(String topic) {
		Set<SseEmitter> set = subscribers.get(topic);
		return set == null ? 0 : set.size();
	}

	private void listen() {
		long backoff = 500;
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				listening.countDown();
				backoff = 500;
				PGConnection pg = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = pg.getNotifications(1000);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							dispatch(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!running) {
					return;
				}
				log.warn("Live updates lost their database connection; retrying in {} ms: {}", backoff, ex.getMessage());
				try {
					Thread.sleep(backoff); // a reconnect backoff, not a wait for a condition
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				backoff = Math.min(backoff * 2, 10_000);
			}
		}
	}

	private void dispatch(String payload) {
		String[] parts = payload.split("\n", 3);
		if (parts.length < 3) {
			return;
		}
		for (Relay relay : relays) {
			if (parts[0].startsWith(relay.prefix())) {
				try {
					relay.consumer().accept(new Update(parts[0], parts[1], parts[2]));
				}
				catch (RuntimeException ex) {
					// One module's failure must not cost the other topics their events (nor this listener its connection).
					log.warn("A live-updates relay failed on {}: {}", parts[0], ex.toString());
				}
			}
		}
		Set<SseEmitter> set = subscribers.get(parts[0]);
		if (set == null) {
			return;
		}
		for (SseEmitter emitter : set) {
			send(parts[0], emitter, SseEmitter.event().name(parts[1]).data(parts[2]));
		}
	}

	private void beat() {
		subscribers.forEach((topic, set) -> set.forEach(emitter -> send(topic, emitter, SseEmitter.event().comment("♥"))));
	}

	private void send(String topic, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException ex) {
			// The browser went away; the container completes the emitter.
			remove(topic, emitter);
		}
	}

	/** Drops the topic with its last subscriber: every import:<id> ever followed would otherwise stay. */
	private void remove(String topic, SseEmitter emitter) {
		subscribers.computeIfPresent(topic, (key, set) -> {
			set.remove(emitter);
			return set.isEmpty() ? null : set;
		});
	}

	/**
	 * Ends every stream as soon as the application starts closing: a graceful shutdown otherwise waits for
	 * these never-ending requests. Browsers reconnect to another node, or to this one when it is back.
	 */
	@EventListener(ContextClosedEvent.class)
	void endStreams() {
		subscribers.values().forEach(set -> set.forEach(SseEmitter::complete));
		subscribers.clear();
	}

	@Override
	public void destroy() throws InterruptedException {
		running = false;
		heartbeat.shutdownNow();
		endStreams();
		if (listener != null) {
			listener.join(Duration.ofSeconds(3));
		}
	}
}
