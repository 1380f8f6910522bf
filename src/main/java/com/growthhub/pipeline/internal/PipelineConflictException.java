package com.growthhub.pipeline.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 409: the write would break a rule about existing data, or somebody else changed the deal first. */
public class PipelineConflictException extends ProblemException {

	private PipelineConflictException(String title, String detail) {
		super(HttpStatus.CONFLICT, title, detail);
	}

	public static PipelineConflictException stageHasDeals(long deals) {
		return (PipelineConflictException) new PipelineConflictException("Stage has deals",
				"This stage still holds " + deals + " deal(s): move them to another stage first.").withProperty("deals", deals);
	}

	public static PipelineConflictException pipelineHasDeals() {
		return new PipelineConflictException("Pipeline has deals", "This pipeline still holds deals: move or close them first.");
	}

	public static PipelineConflictException defaultPipeline() {
		return new PipelineConflictException("Default pipeline", "The organization's default pipeline cannot be removed.");
	}

	/** {@code field} is the request's field that holds the taken name, so a form can mark it. */
	public static PipelineConflictException nameTaken(String what, String field) {
		return (PipelineConflictException) new PipelineConflictException("Name taken",
				"A " + what + " with this name already exists.")
			.withProperty("errors", List.of(Map.of("field", field, "message", "is already taken")));
	}

	public static PipelineConflictException openDealExists(UUID existingId) {
		return (PipelineConflictException) new PipelineConflictException("Open deal exists",
				"This contact already has an open deal in this pipeline.").withProperty("existingId", existingId);
	}

	/** Somebody moved or edited the deal first: the answer carries where it really is now. */
	public static PipelineConflictException changedMeanwhile(DealView actual) {
		PipelineConflictException conflict = new PipelineConflictException("Deal changed",
				"Somebody else changed this deal first; it is now in " + actual.stageName() + ".");
		conflict.withProperty("stageId", actual.stageId());
		conflict.withProperty("stageName", actual.stageName());
		conflict.withProperty("version", actual.version());
		return conflict;
	}
}
