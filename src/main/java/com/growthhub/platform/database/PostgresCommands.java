package com.growthhub.platform.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the PostgreSQL command-line programs (initdb, pg_ctl) of one installation as the right user. */
final class PostgresCommands {

	private final Path home;
	private final ProcessOwner owner;

	PostgresCommands(Path home, ProcessOwner owner) {
		this.home = home;
		this.owner = owner;
	}

	ProcessOwner owner() {
		return owner;
	}

	void run(Duration timeout, String program, String... args) {
		List<String> command = new ArrayList<>();
		command.add(home.resolve("bin").resolve(program).toString());
		command.addAll(List.of(args));
		File output = null;
		try {
			// Output goes to a file: a pipe would be inherited by the postmaster and never reach EOF.
			output = File.createTempFile("growthhub-" + program, ".log");
			Process process = new ProcessBuilder(owner.command(command)).redirectErrorStream(true)
				.redirectOutput(output)
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.start();
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(program + " did not finish within " + timeout);
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(program + " failed (exit " + process.exitValue() + "): "
						+ Files.readString(output.toPath()).strip() + serverLogTail(args));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + program, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + program, ex);
		}
		finally {
			if (output != null) {
				output.delete();
			}
		}
	}

	private static String serverLogTail(String[] args) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals("-l")) {
				try {
					List<String> lines = Files.readAllLines(Path.of(args[i + 1]));
					return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
				}
				catch (IOException ex) {
					return "";
				}
			}
		}
		return "";
	}
}
