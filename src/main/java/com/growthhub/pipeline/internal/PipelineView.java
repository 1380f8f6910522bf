package com.growthhub.pipeline.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A pipeline with its stages in order. */
public record PipelineView(UUID id, String name, @Nullable String template, boolean isDefault,
		boolean allowMultipleOpenDeals, List<StageView> stages, long version) {

	public StageView stage(UUID stageId) {
		return stages.stream().filter(stage -> stage.id().equals(stageId)).findFirst()
			.orElseThrow(InvalidDealException::stageOfAnotherPipeline);
	}
}
