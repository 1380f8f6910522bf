/**
 * The live room: chat with moderation, timed notifications, viewer sessions from heartbeats, attendance and the
 * replay, for registrants who hold a join token and for the host's console.
 */
@NullMarked
package com.growthhub.masterclasses.internal.live;

import org.jspecify.annotations.NullMarked;
