/**
 * Live updates to browsers: Server-Sent Events per topic, fanned out to every application node through
 * PostgreSQL LISTEN/NOTIFY, so a change made on one node reaches the people watching on another.
 */
@NamedInterface("realtime")
@NullMarked
package com.growthhub.platform.realtime;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
