/**
 * Keeping domain events flowing: the event publication registry's housekeeping (failed deliveries retried, old
 * completed ones removed) and an operator's view of what is still undelivered.
 */
@NullMarked
package com.growthhub.platform.events;

import org.jspecify.annotations.NullMarked;
