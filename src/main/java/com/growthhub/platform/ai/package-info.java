/**
 * The AI port: {@link com.growthhub.platform.ai.TextClassifier} puts a text into one of the labels a caller gives,
 * {@link com.growthhub.platform.ai.TextDrafter} drafts a text from instructions and facts. With
 * {@code GROWTHHUB_AI_BASE_URL}, {@code GROWTHHUB_AI_API_KEY} and {@code GROWTHHUB_AI_MODEL} set they ask an
 * OpenAI-compatible chat-completions endpoint; without them (and whenever that endpoint fails, times out or answers
 * something unusable) built-in keyword and pattern rules and template drafts answer, so a fresh install works with no
 * account. Every answer names its source (the model, or {@code rules}) and when it was given; modules that change a
 * record with it store both with the confidence.
 */
@NamedInterface("ai")
@NullMarked
package com.growthhub.platform.ai;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
