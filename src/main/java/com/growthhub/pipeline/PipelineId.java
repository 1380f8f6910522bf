package com.growthhub.pipeline;

import java.util.Objects;
import java.util.UUID;

/** The id of a pipeline of stages. */
public record PipelineId(UUID value) {

	public PipelineId {
		Objects.requireNonNull(value, "value");
	}

	public static PipelineId of(UUID value) {
		return new PipelineId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
