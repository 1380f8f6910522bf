package com.growthhub.forms.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.growthhub.platform.ai.ClassLabel;
import com.growthhub.platform.ai.Classification;
import com.growthhub.platform.ai.TextClassifier;

/**
 * Sorts a submission into lead, spam, support, job_application or other with the AI port (a model when configured,
 * the built-in rules otherwise). Only a confident spam verdict changes anything: the submission is quarantined for a
 * person to review instead of becoming a contact.
 */
@Component
class SubmissionClassifier {

	static final double SPAM_CONFIDENCE = 0.7;

	private static final List<ClassLabel> LABELS = List.of(
			new ClassLabel("lead", "someone interested in buying or hearing about products or services",
					List.of("quote", "pricing", "price", "demo", "interested", "buy", "purchase", "proposal", "budget"),
					List.of()),
			new ClassLabel("spam", "unsolicited advertising, SEO offers, scams or gibberish",
					List.of("seo", "backlinks", "casino", "crypto", "viagra", "loan offer", "guest post", "rank your website"),
					List.of("https?://\\S+\\s+https?://\\S+", "(?i)\\b(bitcoin|forex)\\b")),
			new ClassLabel("support", "an existing customer asking for help with a problem",
					List.of("help", "issue", "problem", "broken", "error", "refund", "not working", "support", "cancel"),
					List.of()),
			new ClassLabel("job_application", "someone applying for a job or sending a CV",
					List.of("cv", "resume", "résumé", "job", "position", "vacancy", "apply", "application", "career"),
					List.of()),
			new ClassLabel("other", "anything else", List.of(), List.of()));

	private final TextClassifier classifier;

	SubmissionClassifier(TextClassifier classifier) {
		this.classifier = classifier;
	}

	Classification classify(FormDefinition definition, Map<String, List<String>> answers) {
		StringBuilder text = new StringBuilder();
		for (FormField field : definition.fields()) {
			List<String> values = answers.get(field.key());
			if (values != null && field.type() != FieldType.HIDDEN) {
				text.append(field.label()).append(": ").append(String.join(", ", values)).append('\n');
			}
		}
		return classifier.classify(text.toString(), LABELS);
	}

	static boolean isSpam(Classification classification) {
		return "spam".equals(classification.label()) && classification.confidence() >= SPAM_CONFIDENCE;
	}
}
