package calls;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.growthhub.calls.CallStatus;
import com.growthhub.calls.TranscriptLine;

/**
 * Calls per second the built-in rules classify: the calls module's classifier (status rules, then the AI port's rule
 * classifier over the transcript) on generated transcripts of 4 to 10 turns, one thread and then every core.
 * The classes are package-private, so they are built by reflection from target/classes. Argument: calls.
 */
public class ClassifyBench {

	static final String[] AGENT = { "Thanks for calling Bright Home Services, this is Sam, how can I help?",
			"Let me check that for you.", "Can I get your name and the best number to reach you?", "Sure, one moment.",
			"Is there anything else I can help you with today?" };

	static final String[] CALLER = { "How much does a new water heater cost?", "Could you email me a quote?",
			"I'd like to book an appointment for Friday.", "We're ready to move forward, can I pay the deposit?",
			"The sink is still leaking and I'm really disappointed.", "I want to speak to a manager about my refund.",
			"Are you hiring? I saw the job posting.", "I'd like to apply for the technician position.",
			"Sorry, wrong number.", "It's too expensive, we're not interested.", "What time do you open on Saturday?",
			"Just confirming the delivery for Tuesday.", "This is an automated call about your vehicle's extended warranty, press 1.",
			"Hello? Hello? I can't hear you.", "My name is Grace, my number is 415 555 0100.", "Okay, thank you, bye." };

	public static void main(String[] args) throws Exception {
		int calls = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
		Random random = new Random(42);
		List<List<TranscriptLine>> transcripts = new ArrayList<>(calls);
		for (int i = 0; i < calls; i++) {
			int turns = 4 + random.nextInt(7);
			List<TranscriptLine> lines = new ArrayList<>(turns);
			for (int t = 0; t < turns; t++) {
				lines.add(t % 2 == 0 ? new TranscriptLine("agent", AGENT[random.nextInt(AGENT.length)])
						: new TranscriptLine("caller", CALLER[random.nextInt(CALLER.length)]));
			}
			transcripts.add(lines);
		}
		Constructor<?> rules = Class.forName("com.growthhub.platform.ai.RuleClassifier").getDeclaredConstructor(Clock.class);
		rules.setAccessible(true);
		Object textClassifier = rules.newInstance(Clock.systemUTC());
		Class<?> callClassifier = Class.forName("com.growthhub.calls.internal.CallClassifier");
		Constructor<?> make = callClassifier.getDeclaredConstructor(Class.forName("com.growthhub.platform.ai.TextClassifier"));
		make.setAccessible(true);
		Object classifier = make.newInstance(textClassifier);
		Method classify = callClassifier.getDeclaredMethod("classify", CallStatus.class, int.class, List.class);
		classify.setAccessible(true);

		for (int i = 0; i < Math.min(5_000, calls); i++) {
			classify.invoke(classifier, CallStatus.ANSWERED, 120, transcripts.get(i));
		}
		long start = System.nanoTime();
		for (List<TranscriptLine> transcript : transcripts) {
			classify.invoke(classifier, CallStatus.ANSWERED, 120, transcript);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("rules, 1 thread: %d calls in %.2f s = %.0f calls/s%n", calls, seconds, calls / seconds);

		int cores = Runtime.getRuntime().availableProcessors();
		start = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(cores)) {
			List<Future<?>> parts = new ArrayList<>();
			for (int c = 0; c < cores; c++) {
				int from = c * calls / cores, to = (c + 1) * calls / cores;
				parts.add(pool.submit(() -> {
					for (int i = from; i < to; i++) {
						classify.invoke(classifier, CallStatus.ANSWERED, 120, transcripts.get(i));
					}
					return null;
				}));
			}
			for (Future<?> part : parts) {
				part.get();
			}
		}
		seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("rules, %d threads: %d calls in %.2f s = %.0f calls/s%n", cores, calls, seconds, calls / seconds);
	}
}
