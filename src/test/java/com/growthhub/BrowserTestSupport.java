package com.growthhub;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the running application in headless Debian Chromium, the way a person uses it. The
 * driver and browser are the system's own, so Selenium Manager never downloads anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	@LocalServerPort
	protected int port;

	protected WebDriver browser;

	private ChromeDriverService service;
	private Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		profile = Files.createTempDirectory("growthhub-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
				"--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
		service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void quitBrowser() throws IOException {
		try {
			if (browser != null) {
				browser.quit();
			}
		}
		finally {
			if (service != null) {
				service.stop();
			}
			try (Stream<Path> paths = Files.walk(profile)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	protected WebDriverWait waiting() {
		return new WebDriverWait(browser, PATIENCE);
	}

	protected WebElement visible(By locator) {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	protected void type(By locator, String text) {
		WebElement field = visible(locator);
		field.clear();
		field.sendKeys(text);
	}

	protected void click(By locator) {
		waiting().until(ExpectedConditions.elementToBeClickable(locator)).click();
	}

	protected void waitForPath(String path) {
		waiting().until(driver -> java.net.URI.create(driver.getCurrentUrl()).getPath().equals(path));
	}
}
