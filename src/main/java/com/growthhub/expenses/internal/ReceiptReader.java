package com.growthhub.expenses.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads a receipt image with Debian's {@code tesseract-ocr} command line (no download at run time) and hands the
 * words, with tesseract's confidence for each, to {@link ReceiptText}. Whether tesseract is there is found out once, at
 * start-up: without it (or with {@code growthhub.expenses.ocr.enabled=false}) nothing is read and the expense form
 * simply stays manual.
 */
@Component
class ReceiptReader {

	private static final Logger log = LoggerFactory.getLogger(ReceiptReader.class);

	/** What tesseract prints for one receipt is a few kilobytes; more is not a receipt. */
	private static final int MAX_OUTPUT = 4 * 1024 * 1024;

	private final ExpenseSettings.Ocr settings;
	private final Clock clock;
	private final boolean available;

	@Autowired
	ReceiptReader(ExpenseSettings settings) {
		this(settings.ocr(), Clock.systemUTC());
	}

	ReceiptReader(ExpenseSettings.Ocr settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.available = settings.enabled() && detect(settings.command());
	}

	record Result(ReceiptText.Suggestion suggestion, @Nullable String failure) {
	}

	boolean available() {
		return available;
	}

	/** Reads the image; a failure (unreadable image, timeout) is reported in the result, not thrown. */
	Result read(InputStream image) {
		Path file = null;
		try {
			file = Files.createTempFile("growthhub-receipt-", ".img");
			Files.copy(image, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			String tsv = run(List.of(settings.command(), file.toString(), "stdout", "--psm", "6", "-l", "eng", "tsv"));
			return new Result(ReceiptText.suggest(ReceiptText.fromTsv(tsv), LocalDate.now(clock)), null);
		}
		catch (ReadingFailed ex) {
			log.info("A receipt could not be read: {}", ex.getMessage());
			return new Result(ReceiptText.Suggestion.NONE, ex.getMessage());
		}
		catch (IOException ex) {
			return new Result(ReceiptText.Suggestion.NONE, "The receipt could not be read: " + ex.getMessage());
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					log.warn("Could not remove the temporary receipt {}", file);
				}
			}
		}
	}

	/** The output goes to a file, so a tesseract that hangs is stopped at the timeout instead of blocking a read. */
	private String run(List<String> command) throws IOException {
		Path output = Files.createTempFile("growthhub-receipt-", ".tsv");
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
			.redirectOutput(output.toFile());
		// One core for one receipt: tesseract's OpenMP threads would take every core of a small server.
		builder.environment().put("OMP_THREAD_LIMIT", "1");
		Process process = builder.start();
		try {
			if (!process.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ReadingFailed("Reading took longer than " + settings.timeout().toSeconds() + " s.");
			}
			if (process.exitValue() != 0) {
				throw new ReadingFailed("The image could not be read as a receipt.");
			}
			if (Files.size(output) > MAX_OUTPUT) {
				throw new ReadingFailed("The image holds far more text than a receipt.");
			}
			return Files.readString(output, StandardCharsets.UTF_8);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ReadingFailed("Reading was interrupted.");
		}
		finally {
			process.destroyForcibly();
			Files.deleteIfExists(output);
		}
	}

	private static boolean detect(String command) {
		try {
			Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
			String version = new String(process.getInputStream().readNBytes(4096), StandardCharsets.UTF_8).lines()
				.findFirst().orElse("");
			boolean ok = process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
			if (ok) {
				log.info("Receipts are read with {}", version.strip());
			}
			return ok;
		}
		catch (IOException ex) {
			log.info("Receipts are not read: {} is not installed (Debian package tesseract-ocr)", command);
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static final class ReadingFailed extends RuntimeException {
		ReadingFailed(String message) {
			super(message);
		}
	}
}
