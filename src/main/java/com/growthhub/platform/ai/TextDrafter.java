package com.growthhub.platform.ai;

import java.util.Map;

/**
 * Drafts a text. Without a model the instructions are the template: {@code {{name}}} is replaced by the fact
 * {@code name}, so callers write instructions that read well both as a prompt and as a template.
 */
public interface TextDrafter {

	Draft draft(String instructions, Map<String, String> facts);
}
