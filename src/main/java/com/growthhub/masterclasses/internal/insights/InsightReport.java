package com.growthhub.masterclasses.internal.insights;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.growthhub.masterclasses.internal.transcripts.ClassFacts;

/**
 * A class's insights: the figures, the rule-based insights (computed now) and the AI's written ones (kept from the
 * last time they were asked for, with when), most urgent first.
 */
public record InsightReport(ClassFacts masterclass, InsightFigures figures, List<Insight> insights,
		@Nullable Instant aiGeneratedAt) {
}
