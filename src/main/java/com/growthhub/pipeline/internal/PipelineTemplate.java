package com.growthhub.pipeline.internal;

import java.util.List;
import java.util.Locale;

/** Built-in stage sets a new pipeline can start from. */
public enum PipelineTemplate {

	BLANK(List.of()),
	DEFAULT(List.of(new Stage("New", "#0d6efd", StageKind.OPEN, 10), new Stage("Contacted", "#6f42c1", StageKind.OPEN, 25),
			new Stage("Consult Booked", "#fd7e14", StageKind.OPEN, 60), new Stage("Won", "#198754", StageKind.WON, 100),
			new Stage("Lost", "#dc3545", StageKind.LOST, 0))),
	/** The masterclass funnel (PL6): a registrant is invoiced, pays, attends and books a consult. */
	MASTERCLASS(List.of(new Stage("Registered", "#0dcaf0", StageKind.OPEN, 10),
			new Stage("Invoiced", "#6610f2", StageKind.OPEN, 25), new Stage("Paid", "#20c997", StageKind.OPEN, 50),
			new Stage("Attended", "#fd7e14", StageKind.OPEN, 65), new Stage("Scheduled", "#ffc107", StageKind.OPEN, 80),
			new Stage("Won", "#198754", StageKind.WON, 100), new Stage("Lost", "#dc3545", StageKind.LOST, 0)));

	private final List<Stage> stages;

	PipelineTemplate(List<Stage> stages) {
		this.stages = stages;
	}

	public List<Stage> stages() {
		return stages;
	}

	public static PipelineTemplate fromKey(String key) {
		try {
			return valueOf(key.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidDealException.of("template", "must be blank, default or masterclass");
		}
	}

	public record Stage(String name, String color, StageKind kind, int probability) {
	}
}
