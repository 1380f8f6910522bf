package com.growthhub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.logging.LogType;

/**
 * The one headless Chromium the browser tests of a JVM share. A test gets a new tab with nothing left of the test
 * before it: no cookies (so no session), no stored data of the application's origin, no other tabs, the default
 * window size, and an empty console log. If the browser stopped answering, the next test gets a new one.
 */
final class SharedBrowser {

	private static final Dimension WINDOW = new Dimension(1280, 900);

	/** A Chromium with its ChromeDriver and the profile directory they use. */
	record Chromium(ChromeDriver driver, ChromeDriverService service, Path profile) {

		void quit() {
			try {
				driver.quit();
			}
			catch (RuntimeException ignored) {
				// already gone
			}
			finally {
				service.stop();
				delete(profile);
			}
		}
	}

	interface Starter {

		Chromium start() throws IOException;
	}

	private static Chromium shared;

	private SharedBrowser() {
	}

	static synchronized WebDriver cleanTab(Starter starter) throws IOException {
		if (shared != null && !freshTab(shared.driver())) {
			shared.quit();
			shared = null;
		}
		if (shared == null) {
			Chromium started = starter.start();
			shared = started;
			Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "shared-chromium-quit"));
		}
		return shared.driver();
	}

	static synchronized boolean isShared(WebDriver driver) {
		return shared != null && shared.driver() == driver;
	}

	/**
	 * After a test: leaves its page (its scripts, live connections and polls stop) and removes what the application's
	 * origin stored in the browser, the session cookie first.
	 */
	static synchronized void forget(int port) {
		if (shared == null) {
			return;
		}
		ChromeDriver driver = shared.driver();
		try {
			driver.get("about:blank");
			driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			for (String origin : new String[] { "http://localhost:" + port, "http://127.0.0.1:" + port }) {
				driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
			}
		}
		catch (RuntimeException broken) {
			// An open dialog or a crashed tab: the next test starts a new browser rather than inherit it.
			shared.quit();
			shared = null;
		}
	}

	/** Opens a new tab, closes every other one and empties the console log; false if the browser did not answer. */
	private static boolean freshTab(ChromeDriver driver) {
		try {
			String previous = driver.getWindowHandle();
			driver.switchTo().newWindow(WindowType.TAB);
			String tab = driver.getWindowHandle();
			for (String handle : driver.getWindowHandles()) {
				if (!handle.equals(tab)) {
					driver.switchTo().window(handle).close();
				}
			}
			driver.switchTo().window(tab);
			driver.manage().window().setSize(WINDOW);
			driver.manage().logs().get(LogType.BROWSER);
			return !tab.equals(previous);
		}
		catch (RuntimeException broken) {
			return false;
		}
	}

	static void delete(Path profile) {
		try (Stream<Path> paths = Files.walk(profile)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ignored) {
			// best effort: it is a temporary directory
		}
	}
}
