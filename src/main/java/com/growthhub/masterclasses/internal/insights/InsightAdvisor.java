package com.growthhub.masterclasses.internal.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.growthhub.platform.ai.Classification;
import com.growthhub.platform.ai.Draft;
import com.growthhub.platform.ai.TextDrafter;

/**
 * The AI's summary and suggestions for a class, drafted through the AI port from the figures and the rule-based
 * insights (facts only: no chat text or names leave for the model). The answer's first paragraph is the summary;
 * its lines starting with "- " are suggestions. A template draft (no model configured, or the model failed) is no
 * advice, so nothing is answered then.
 */
@Component
public class InsightAdvisor {

	static final String INSTRUCTIONS = """
			Write a short summary (2-3 sentences) of how this masterclass performed for its host, then up to 4 \
			concrete suggestions to improve attendance, engagement and sales, each on its own line starting with "- ". \
			Figures: {{figures}}""";

	private static final int MAX_SUGGESTIONS = 4;

	private final TextDrafter drafter;

	public InsightAdvisor(TextDrafter drafter) {
		this.drafter = drafter;
	}

	public List<Insight> advise(InsightReport report) {
		Draft draft = drafter.draft(INSTRUCTIONS, facts(report));
		if (Classification.RULES.equals(draft.source())) {
			return List.of();
		}
		List<Insight> written = new ArrayList<>();
		List<String> summary = new ArrayList<>();
		for (String line : draft.text().lines().map(String::strip).toList()) {
			if (line.startsWith("- ") || line.startsWith("* ")) {
				if (written.size() < MAX_SUGGESTIONS && line.length() > 2) {
					written.add(new Insight("suggestion", cap(line.substring(2).strip()), 3, draft.source()));
				}
			}
			else if (!line.isEmpty() && written.isEmpty()) {
				summary.add(line);
			}
		}
		if (!summary.isEmpty()) {
			written.addFirst(new Insight("summary", cap(String.join(" ", summary)), 2, draft.source()));
		}
		return written;
	}

	static Map<String, String> facts(InsightReport report) {
		InsightFigures f = report.figures();
		Map<String, String> facts = new LinkedHashMap<>();
		String figures = "registered " + f.registered() + ", with a seat " + f.withSeat() + ", joined live "
				+ f.joinedLive() + ", peak viewers " + f.peakViewers() + ", chat messages " + f.chatMessages()
				+ ", questions " + f.questions() + " (answered " + f.questionsAnswered() + "); funnel "
				+ f.funnel().stream().map(s -> s.step() + " " + s.count()).collect(Collectors.joining(", "))
				+ "; topics " + f.topics().stream().map(InsightFigures.Topic::term).collect(Collectors.joining(", "))
				+ "; observations: " + report.insights().stream().filter(i -> i.source().equals("rule"))
					.map(Insight::text).collect(Collectors.joining(" "));
		facts.put("figures", figures);
		facts.put("title", report.masterclass().title());
		return facts;
	}

	private static String cap(String text) {
		return text.length() <= 4000 ? text : text.substring(0, 3999) + "\u2026";
	}
}
