package com.growthhub.scheduling.internal;

import java.time.LocalTime;

/** A range of wall-clock time within one day. */
record LocalRange(LocalTime start, LocalTime end) {
}
