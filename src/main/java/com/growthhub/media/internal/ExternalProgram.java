package com.growthhub.media.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program such as ffprobe with arguments (never through a shell, so a file name cannot become a command),
 * keeps at most 64 KB of its output and stops it when it runs over its time.
 */
final class ExternalProgram {

	private static final int MAX_OUTPUT = 64 * 1024;

	record Result(int exitCode, String output) {

		boolean succeeded() {
			return exitCode == 0;
		}
	}

	private ExternalProgram() {
	}

	/** @throws IOException when the program cannot be started (not installed) or runs over {@code timeout} */
	static Result run(List<String> command, Duration timeout) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		// Read on another thread: a program that hangs without closing its output must not hang us past the timeout.
		Thread reader = Thread.ofVirtual().start(() -> {
			try (InputStream in = process.getInputStream()) {
				output.write(in.readNBytes(MAX_OUTPUT));
				in.transferTo(OutputStream.nullOutputStream());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		try {
			process.getOutputStream().close();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IOException(command.getFirst() + " took longer than " + timeout);
			}
			reader.join(Duration.ofSeconds(5));
			return new Result(process.exitValue(), output.toString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while " + command.getFirst() + " ran", ex);
		}
		finally {
			process.destroyForcibly();
		}
	}
}
