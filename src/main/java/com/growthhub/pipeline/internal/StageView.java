package com.growthhub.pipeline.internal;

import java.util.UUID;

/** A column of a pipeline, in board order. */
public record StageView(UUID id, UUID pipelineId, String name, String color, StageKind kind, int probability,
		int position) {
}
