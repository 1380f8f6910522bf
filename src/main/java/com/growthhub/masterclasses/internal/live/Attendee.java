package com.growthhub.masterclasses.internal.live;

import java.util.UUID;

/** A registrant in the room, known by their join token. */
public record Attendee(LiveRoom room, UUID registrationId, String name, String email, String funnelStatus) {
}
