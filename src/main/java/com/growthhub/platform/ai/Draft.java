package com.growthhub.platform.ai;

import java.time.Instant;

/** source = the model name, or "rules" (a filled template); at = when it was drafted. */
public record Draft(String text, String source, Instant at) {
}
