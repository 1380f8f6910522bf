package com.growthhub.platform.realtime;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Topics that browsers watch over Server-Sent Events, such as {@code pipeline:<id>} or {@code user:<id>}.
 * Callers check that the person may watch a topic before subscribing them. Events carry small payloads
 * (ids and counts): the browser fetches what changed, so an event never leaks more than its topic allows.
 */
public interface LiveUpdates {

	/**
	 * Sends an event to every subscriber of the topic on every node: after the current transaction
	 * commits, or at once outside a transaction. The data must stay under 7,000 bytes (PostgreSQL NOTIFY).
	 */
	void publish(String topic, String event, String data);

	/** A stream of the topic's events for the current request; it closes when the browser goes away. */
	SseEmitter subscribe(String topic);

	/**
	 * As {@link #subscribe(String)}, then at once one event with the data as it is after subscribing, such
	 * as the current count or status: a change made between reading it and subscribing is not missed.
	 */
	SseEmitter subscribe(String topic, String event, Supplier<String> data);

	/**
	 * Hands every event of the topics that start with the prefix, as this node receives it, to the consumer, for a
	 * module that writes to many streams of its own (batched, over its own threads). The consumer runs on the node's
	 * single listener thread: it must only queue the event, never block.
	 */
	void relay(String topicPrefix, Consumer<Update> consumer);

	/** One event as published: its topic, name and data. */
	record Update(String topic, String event, String data) {
	}
}
