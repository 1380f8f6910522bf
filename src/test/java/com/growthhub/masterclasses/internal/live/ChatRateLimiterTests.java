package com.growthhub.masterclasses.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ChatRateLimiterTests {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);
	private final ChatRateLimiter limiter = new ChatRateLimiter(3, Duration.ofSeconds(5), now::get);

	@Test
	void allowsThreeMessagesInFiveSecondsAndRefusesTheFourthUntilTheFirstLeavesTheWindow() {
		UUID person = UUID.randomUUID();
		assertThat(limiter.hit(person)).isEmpty();
		advance(1000);
		assertThat(limiter.hit(person)).isEmpty();
		advance(1000);
		assertThat(limiter.hit(person)).isEmpty();
		advance(1000);
		assertThat(limiter.hit(person)).hasValue(Duration.ofSeconds(2));
		advance(1999);
		assertThat(limiter.hit(person)).hasValue(Duration.ofMillis(1));
		advance(1);
		assertThat(limiter.hit(person)).as("the first message left the window").isEmpty();
	}

	@Test
	void refusedMessagesDoNotCountSoAFloodDoesNotLockSomeoneOutForever() {
		UUID person = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			limiter.hit(person);
		}
		for (int i = 0; i < 50; i++) {
			assertThat(limiter.hit(person)).isPresent();
		}
		advance(5000);
		assertThat(limiter.hit(person)).isEmpty();
	}

	@Test
	void countsEachPersonApart() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			limiter.hit(first);
		}
		assertThat(limiter.hit(first)).isPresent();
		assertThat(limiter.hit(second)).isEmpty();
	}

	@Test
	void forgetsIdleWritersButKeepsThoseInTheirWindow() {
		UUID idle = UUID.randomUUID();
		UUID busy = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			limiter.hit(idle);
		}
		advance(4000);
		for (int i = 0; i < 3; i++) {
			limiter.hit(busy);
		}
		advance(1000);
		limiter.forgetIdle();
		assertThat(limiter.hit(idle)).isEmpty();
		assertThat(limiter.hit(busy)).as("still limited: its window was kept").isPresent();
	}

	private void advance(long millis) {
		now.addAndGet(Duration.ofMillis(millis).toNanos());
	}
}
