package com.growthhub.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Spectral OpenAPI linter, pinned in the project's package-lock.json. A fresh checkout has no
 * node_modules: the first run installs it with {@code npm ci}, so {@code ./mvnw verify} works wherever
 * Node.js and npm do. Without them the lint cannot run, and that is a failure, not a skip.
 */
final class SpectralCli {

	private static final Path PROJECT = Path.of("").toAbsolutePath();

	private static final Path BINARY = PROJECT.resolve("node_modules/.bin/spectral");

	private SpectralCli() {
	}

	record Result(int exitCode, String output) {
	}

	static synchronized Result lint(Path document, Path ruleset) throws IOException, InterruptedException {
		installIfMissing();
		return run(List.of(BINARY.toString(), "lint", "--fail-severity=error", "--format=text", "-r", ruleset.toString(),
				document.toString()), 5);
	}

	private static void installIfMissing() throws IOException, InterruptedException {
		if (Files.isExecutable(BINARY)) {
			return;
		}
		Result install;
		try {
			install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"), 10);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The OpenAPI lint needs Node.js 20+ and npm on the PATH to install "
					+ "@stoplight/spectral-cli from package-lock.json (npm ci); npm could not be started: " + ex.getMessage(),
					ex);
		}
		if (install.exitCode() != 0 || !Files.isExecutable(BINARY)) {
			throw new IllegalStateException("npm ci could not install the Spectral CLI (exit " + install.exitCode() + "):\n"
					+ install.output());
		}
	}

	private static Result run(List<String> command, int minutes) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>(command);
		Process process = new ProcessBuilder(full).directory(PROJECT.toFile()).redirectErrorStream(true).start();
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " did not finish within " + minutes + " minutes");
		}
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}
}
