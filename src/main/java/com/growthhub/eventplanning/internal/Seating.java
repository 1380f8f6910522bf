package com.growthhub.eventplanning.internal;

import org.jspecify.annotations.Nullable;

/**
 * The capacity rules, apart from the database that applies them atomically: a newcomer gets a seat while one is
 * free, else waits; when seats free up (a cancellation, a larger capacity) the first people waiting take them, in
 * the order they registered.
 */
public final class Seating {

	private Seating() {
	}

	/** A newcomer's status with {@code taken} seats of {@code capacity} taken (no capacity: no limit). */
	public static AttendeeStatus admit(@Nullable Integer capacity, int taken) {
		return capacity == null || taken < capacity ? AttendeeStatus.REGISTERED : AttendeeStatus.WAITLISTED;
	}

	/** How many of {@code waiting} people move up to a seat now that {@code taken} of {@code capacity} are taken. */
	public static int promotions(@Nullable Integer capacity, int taken, int waiting) {
		if (capacity == null) {
			return waiting;
		}
		return Math.max(0, Math.min(waiting, capacity - taken));
	}

	/** Whether the capacity can be lowered to {@code capacity} with {@code taken} seats taken: nobody loses a seat. */
	public static boolean fits(@Nullable Integer capacity, int taken) {
		return capacity == null || capacity >= taken;
	}
}
