package com.growthhub.analytics.internal.reports;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.pipeline.PipelineId;
import com.growthhub.pipeline.StageDurations;
import com.growthhub.pipeline.StageDurations.StageDuration;
import com.growthhub.platform.csv.CsvExport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** Median and p90 time in each stage of a pipeline, from the pipeline module's deal history (never its tables). */
@Service
public class StageVelocityReport {

	private final StageDurations durations;

	StageVelocityReport(StageDurations durations) {
		this.durations = durations;
	}

	/** @param stages in board order; a stage no deal has left yet has {@code stays} 0 and no figures */
	public record Result(UUID pipelineId, String pipelineName, List<StageDuration> stages) {

		public void writeCsv(CsvExport.Rows rows) {
			rows.header(List.of("stageId", "stage", "kind", "stays", "medianSeconds", "p90Seconds"));
			stages.forEach(stage -> rows.row(List.of(stage.stageId().toString(), stage.name(), stage.kind(),
					Long.toString(stage.stays()), MetricsCsv.text(stage.medianSeconds()),
					MetricsCsv.text(stage.p90Seconds()))));
		}
	}

	/** The default pipeline's figures, or null when the organization has none. */
	public @Nullable Result ofDefault(OrganizationId organization, Actor actor) {
		return durations.of(organization, actor, null)
			.map(found -> new Result(found.pipelineId(), found.pipelineName(), found.stages())).orElse(null);
	}

	public Result of(OrganizationId organization, Actor actor, @Nullable PipelineId pipelineId) {
		return durations.of(organization, actor, pipelineId)
			.map(found -> new Result(found.pipelineId(), found.pipelineName(), found.stages()))
			.orElseThrow(() -> NotFoundException.of("The pipeline"));
	}
}
