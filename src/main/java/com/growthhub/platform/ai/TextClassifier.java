package com.growthhub.platform.ai;

import java.util.List;

/** Puts a text into exactly one of the given labels, with a confidence between 0 and 1 and a one-line summary. */
public interface TextClassifier {

	/**
	 * @param text what to classify (only its first {@value AiLimits#MAX_TEXT} characters are read)
	 * @param labels the labels to choose from, at least one; the answer's label is always one of their keys
	 */
	Classification classify(String text, List<ClassLabel> labels);
}
