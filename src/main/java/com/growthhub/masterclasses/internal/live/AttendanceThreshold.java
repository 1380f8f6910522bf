package com.growthhub.masterclasses.internal.live;

/** A registrant attended once they watched the class's threshold of minutes live; a threshold of 0 means on joining. */
record AttendanceThreshold(int minutes) {

	AttendanceThreshold {
		if (minutes < 0) {
			throw new IllegalArgumentException("minutes " + minutes);
		}
	}

	boolean reachedBy(long secondsWatched) {
		return secondsWatched >= minutes * 60L;
	}

	/** Only a registrant not yet further along the funnel moves to attended: the move is made once. */
	static boolean before(String funnelStatus) {
		return switch (funnelStatus) {
			case "registered", "invoiced", "paid" -> true;
			default -> false;
		};
	}
}
