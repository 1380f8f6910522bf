package com.growthhub.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window counters in PostgreSQL, so a limit holds across every node. Each call commits on its
 * own: a request that fails afterwards still counts.
 */
@Component
public class Throttle {

	private final JdbcClient jdbc;

	Throttle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts one hit against {@code key}.
	 * @return how long to wait when this hit is over the limit, empty when it is allowed
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Duration> hit(String key, int limit, Duration window) {
		Window current = jdbc.sql("""
				insert into rate_limits (key, window_started_at, hits) values (:key, now(), 1)
				on conflict (key) do update set
				  hits = case when rate_limits.window_started_at + make_interval(secs => :seconds) <= now() then 1 else rate_limits.hits + 1 end,
				  window_started_at = case when rate_limits.window_started_at + make_interval(secs => :seconds) <= now() then now() else rate_limits.window_started_at end
				returning hits, window_started_at, now() as now
				""")
			.param("key", key)
			.param("seconds", window.toSeconds())
			.query(Window.class)
			.single();
		return current.hits() > limit ? Optional.of(current.remaining(window)) : Optional.empty();
	}

	/** Whether {@code key} is already over its limit, without counting a hit. */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public Optional<Duration> check(String key, int limit, Duration window) {
		return jdbc.sql("""
				select hits, window_started_at, now() as now from rate_limits
				where key = :key and window_started_at + make_interval(secs => :seconds) > now()
				""")
			.param("key", key)
			.param("seconds", window.toSeconds())
			.query(Window.class)
			.optional()
			.filter(w -> w.hits() >= limit)
			.map(w -> w.remaining(window));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void reset(String key) {
		jdbc.sql("delete from rate_limits where key = ?").param(key).update();
	}

	@Transactional
	public int purgeExpired(Duration longestWindow) {
		return jdbc.sql("delete from rate_limits where window_started_at < now() - make_interval(secs => ?)")
			.param(longestWindow.toSeconds())
			.update();
	}

	record Window(int hits, Instant windowStartedAt, Instant now) {
		Duration remaining(Duration window) {
			Duration left = Duration.between(now, windowStartedAt.plus(window));
			return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left.plusSeconds(left.getNano() > 0 ? 1 : 0).withNanos(0);
		}
	}
}
