package com.growthhub.forms.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How hard the processor may work on this node: fully when the intake is quiet, and one submission at a time, resting
 * between two as long as the last one took, while submissions arrive (one accepted within
 * {@code growthhub.forms.processor-yield-for}, 1 s). Acceptance is what a visitor waits for; processing can wait,
 * and on a node with two cores a burst of submissions and a processor at full speed share the same CPU (the processor
 * costs about a contact create per submission, several times an acceptance). It never stops: one at a time still
 * drains everything, and the queue's claim and lease are unchanged, so nothing is lost or done twice.
 */
@Component
public class ProcessorPace {

	/** The longest rest between two submissions while yielding, however long the last one took. */
	static final Duration MAX_REST = Duration.ofMillis(200);

	private final long yieldForNanos;
	private final LongSupplier nanoTime;
	private volatile long lastArrival;
	private volatile boolean arrivals;
	private volatile boolean heldBusy;
	private final AtomicInteger inFlight = new AtomicInteger();
	private final AtomicInteger mostAtOnceWhileYielding = new AtomicInteger();

	@Autowired
	ProcessorPace(@Value("${growthhub.forms.processor-yield-for:1s}") Duration yieldFor) {
		this(yieldFor, System::nanoTime);
	}

	ProcessorPace(Duration yieldFor, LongSupplier nanoTime) {
		this.yieldForNanos = yieldFor.toNanos();
		this.nanoTime = nanoTime;
	}

	/** A submission was accepted on this node. */
	void arrived() {
		lastArrival = nanoTime.getAsLong();
		arrivals = true;
	}

	/** Whether the processor is to yield now: a submission arrived a moment ago (or a test holds it so). */
	public boolean yielding() {
		return heldBusy || arrivals && nanoTime.getAsLong() - lastArrival < yieldForNanos;
	}

	/** Test-only: keeps the processor yielding as if submissions kept arriving (false: as arrivals say). */
	public void holdYielding(boolean held) {
		this.heldBusy = held;
		mostAtOnceWhileYielding.set(0);
	}

	/** Test evidence: the most submissions processed at once while yielding since {@link #holdYielding}. */
	public int mostAtOnceWhileYielding() {
		return mostAtOnceWhileYielding.get();
	}

	/** How long to rest after a submission that took this long while yielding: as long, at most {@link #MAX_REST}. */
	static Duration rest(Duration took) {
		return took.compareTo(MAX_REST) > 0 ? MAX_REST : took;
	}

	void started(boolean yielding) {
		int now = inFlight.incrementAndGet();
		if (yielding) {
			mostAtOnceWhileYielding.accumulateAndGet(now, Math::max);
		}
	}

	void finished() {
		inFlight.decrementAndGet();
	}
}
