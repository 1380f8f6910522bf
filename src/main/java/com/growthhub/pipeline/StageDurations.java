package com.growthhub.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * How long deals stay in each stage of a pipeline, from the deals' stage history: a stay runs from a deal's move
 * into the stage to its next move, so the stage a deal sits in now is not counted until it leaves (an open stay has
 * no length yet).
 */
public interface StageDurations {

	/**
	 * Every stage of the pipeline in board order with the median and 90th percentile (continuous) of its finished
	 * stays; the organization's default pipeline when {@code pipelineId} is null. Empty when the pipeline is not the
	 * organization's.
	 */
	Optional<PipelineStageDurations> of(OrganizationId organization, Actor actor, @Nullable PipelineId pipelineId);

	record PipelineStageDurations(UUID pipelineId, String pipelineName, List<StageDuration> stages) {
	}

	/**
	 * @param kind {@code open}, {@code won} or {@code lost}
	 * @param stays how many finished stays the figures come from
	 * @param medianSeconds the median stay, rounded to whole seconds; absent without stays
	 */
	record StageDuration(UUID stageId, String name, String kind, long stays, @Nullable Long medianSeconds,
			@Nullable Long p90Seconds) {
	}
}
