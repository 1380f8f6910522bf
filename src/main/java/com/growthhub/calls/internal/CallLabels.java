package com.growthhub.calls.internal;

import java.util.List;

import com.growthhub.platform.ai.ClassLabel;

/**
 * What the AI port chooses from for a call: every category but converted (only a person converts), each with the
 * description a model reads and the keywords and patterns the built-in rules score. Ordered so that, on a tie, the
 * more specific category wins (not_a_fit's "not interested" before warm's "interested"); unreviewed comes last, the
 * rules' answer when nothing matched.
 */
final class CallLabels {

	static final List<ClassLabel> ALL = List.of(
			new ClassLabel("spam", "robocalls, telemarketing, scams, sales pitches to the business",
					List.of("warranty", "robocall", "seo", "final notice", "free cruise", "lower your interest",
							"you have been selected", "business listing", "google listing", "limited time offer", "prize"),
					List.of("\\bpress (1|one|9|nine)\\b", "\\b(car|vehicle|auto)('s)? (extended )?warranty\\b",
							"\\b(google|business|yelp) (listing|ranking|verification)\\b", "\\bthis is an? (automated|recorded) (call|message)\\b")),
			new ClassLabel("applicant", "someone asking about a job or applying for one",
					List.of("job", "position", "hiring", "resume", "résumé", "cv", "apply", "application", "interview",
							"vacancy", "career", "employment", "opening"),
					List.of("\\b(are|is) (you|anyone) hiring\\b", "\\b(job|position|role) (opening|posting|ad)\\b")),
			new ClassLabel("voicemail", "the caller reached a voicemail or answering machine and left a message",
					List.of("voicemail", "mailbox", "answering machine"),
					List.of("\\b(leave|left) (me |us )?a message\\b", "\\bafter the (tone|beep)\\b",
							"\\bnot available to take your call\\b")),
			new ClassLabel("unanswered", "nobody answered, or the line dropped before anyone spoke",
					List.of("no answer", "hung up", "line dropped"), List.of()),
			new ClassLabel("not_a_fit", "a real caller the business cannot serve: wrong number, not interested, out of area",
					List.of("wrong number", "too expensive", "can't afford", "cannot afford", "out of our area",
							"don't offer", "do not offer", "no longer need", "outside our service area"),
					List.of("\\bnot (really )?(interested|looking)\\b", "\\bwe don'?t (do|offer|service)\\b",
							"\\bwrong (number|person|company)\\b")),
			new ClassLabel("needs_attention", "a customer with a complaint or problem that someone must follow up",
					List.of("complaint", "problem", "broken", "refund", "cancel", "angry", "not working", "urgent",
							"disappointed", "manager", "still waiting", "nobody called", "leaking", "damaged"),
					List.of("\\b(still|been) waiting\\b", "\\b(speak|talk) (to|with) (a|the|your) manager\\b")),
			new ClassLabel("very_good", "a caller ready to buy, book or sign up now",
					List.of("buy", "purchase", "sign up", "book", "appointment", "order", "deposit", "credit card",
							"ready to", "go ahead", "schedule", "today", "contract"),
					List.of("\\b(ready|want|like|love) to (buy|purchase|sign|book|start|order|move forward)\\b",
							"\\b(book|schedule|set up) (an?|the) (appointment|consultation|visit|installation|install|demo)\\b")),
			new ClassLabel("warm", "a caller interested in the offer, asking about price, options or availability",
					List.of("price", "pricing", "quote", "estimate", "cost", "interested", "information", "how much",
							"availability", "options", "brochure", "think about it", "call me back", "compare"),
					List.of("\\bhow much (is|does|would|do)\\b", "\\b(send|email) me (a|the|some) (quote|information|details|brochure)\\b")),
			new ClassLabel("neutral", "a routine call: directions, opening hours, a supplier, an existing order's status",
					List.of("directions", "opening hours", "hours", "address", "parking", "delivery", "invoice",
							"supplier", "confirm", "confirming", "reschedule"),
					List.of("\\bwhat time (do|are) you (open|close)\\b")),
			new ClassLabel("unreviewed", "cannot tell from the transcript", List.of(), List.of()));

	private CallLabels() {
	}
}
