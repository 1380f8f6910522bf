package forms;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the flight recording of the timed phase and tells where a submission's time can go: whose CPU the samples
 * were (requests, the processor, the intake's writers, the rest), what the request threads waited for (the group
 * commit, a pooled connection, a lock, the database's answer) and the GC pauses, each summed over the phase.
 * Argument: the recording (.jfr).
 */
public class SlowRequestCauses {

	public static void main(String[] args) throws Exception {
		Map<String, Integer> cpu = new TreeMap<>();
		Map<String, Duration> waits = new LinkedHashMap<>();
		Map<String, Integer> waitCounts = new LinkedHashMap<>();
		Duration gc = Duration.ZERO, longestGc = Duration.ZERO;
		int pauses = 0, samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			String type = event.getEventType().getName();
			switch (type) {
				case "jdk.ExecutionSample" -> {
					samples++;
					cpu.merge(owner(event.getStackTrace()), 1, Integer::sum);
				}
				case "jdk.GarbageCollection" -> {
					pauses++;
					Duration pause = event.getDuration("sumOfPauses");
					gc = gc.plus(pause);
					longestGc = pause.compareTo(longestGc) > 0 ? pause : longestGc;
				}
				case "jdk.ThreadPark", "jdk.JavaMonitorEnter", "jdk.SocketRead" -> {
					RecordedStackTrace stack = event.getStackTrace();
					if (owner(stack).equals("requests")) {
						String cause = waitCause(type, stack);
						waits.merge(cause, event.getDuration(), Duration::plus);
						waitCounts.merge(cause, 1, Integer::sum);
					}
				}
				default -> {
				}
			}
		}
		System.out.println("Where the timed phase went (flight recording, settings=profile)");
		System.out.printf("  CPU samples of the app's Java threads (%d):%n", samples);
		int all = Math.max(1, samples);
		cpu.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.forEach(e -> System.out.printf("    %-42s %5.1f %%%n", e.getKey(), 100.0 * e.getValue() / all));
		System.out.printf("  GC: %d pauses, %d ms in all, longest %d ms%n", pauses, gc.toMillis(), longestGc.toMillis());
		System.out.println("  request threads' waits longer than the recording's threshold (10-20 ms), summed:");
		List<Map.Entry<String, Duration>> sorted = waits.entrySet().stream()
			.sorted(Map.Entry.<String, Duration>comparingByValue(Comparator.naturalOrder()).reversed()).toList();
		for (Map.Entry<String, Duration> wait : sorted) {
			int count = waitCounts.get(wait.getKey());
			System.out.printf("    %-42s %6d waits, %7.1f s, mean %6.1f ms%n", wait.getKey(), count,
					wait.getValue().toMillis() / 1000.0, wait.getValue().toMillis() / (double) count);
		}
	}

	/** Whose work a stack is: a request's, the processor's, an intake writer's, or something else. */
	private static String owner(RecordedStackTrace stack) {
		if (stack == null) {
			return "other";
		}
		boolean request = false;
		for (RecordedFrame frame : stack.getFrames()) {
			String type = frame.getMethod().getType().getName();
			if (type.contains("SubmissionProcessor") || type.contains("SubmissionWork")) {
				return "processor";
			}
			if (type.contains("SubmissionQueueWriter") && frame.getMethod().getName().startsWith("writeUntilStopped")) {
				return "intake writers (group commit)";
			}
			if (type.startsWith("org.apache.coyote") || type.startsWith("org.apache.catalina")) {
				request = true;
			}
		}
		return request ? "requests" : "other (JIT-less: jobs, pollers, JFR, ...)";
	}

	/** What a request thread waited for, by the first frame of ours or of a known pool above the wait. */
	private static String waitCause(String type, RecordedStackTrace stack) {
		for (RecordedFrame frame : stack.getFrames()) {
			String where = frame.getMethod().getType().getName();
			if (where.contains("SubmissionQueueWriter")) {
				return "the group commit (queued to committed)";
			}
			if (where.startsWith("com.zaxxer.hikari")) {
				return "a pooled connection";
			}
			if (where.startsWith("org.postgresql")) {
				return "the database's answer";
			}
		}
		return switch (type) {
			case "jdk.JavaMonitorEnter" -> "a lock (synchronized)";
			case "jdk.SocketRead" -> "reading the request";
			default -> "other park: " + top(stack);
		};
	}

	private static String top(RecordedStackTrace stack) {
		return stack.getFrames().stream().map(f -> f.getMethod().getType().getName())
			.filter(t -> !t.startsWith("java.") && !t.startsWith("jdk.") && !t.startsWith("sun."))
			.findFirst().map(t -> t.substring(t.lastIndexOf('.') + 1)).orElse("?");
	}
}
