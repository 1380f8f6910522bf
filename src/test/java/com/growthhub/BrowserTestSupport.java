package com.growthhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.identity.ApiClient;
import com.growthhub.messaging.TestMailbox;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Drives the running application in headless Debian Chromium, the way a person uses it. The
 * driver and browser are the system's own, so Selenium Manager never downloads anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(15);
	protected static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected TenantTransactions transactions;

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

	/** Waits that read the page again when htmx or a redirect replaced what they were reading. */
	protected WebDriverWait waiting() {
		WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	protected WebElement visible(By locator) {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	protected void type(By locator, String text) {
		WebElement field = visible(locator);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Brings the element to the middle of the window at once (Bootstrap scrolls smoothly, and a sticky header
	 * or a fading alert may cover the edges) and clicks it, again if something still covered it.
	 */
	protected void click(By locator) {
		WebDriverWait wait = waiting();
		wait.ignoring(ElementClickInterceptedException.class);
		wait.until(driver -> {
			WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
			if (element == null) {
				return false;
			}
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
					element);
			element.click();
			return true;
		});
	}

	protected void waitForPath(String path) {
		waiting().until(driver -> java.net.URI.create(driver.getCurrentUrl()).getPath().equals(path));
	}

	/** A verified account with its own organization, made through the API. */
	protected void registerVerified(String email) {
		ApiClient api = new ApiClient(port);
		assertThat(api.post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "firstName", "Sam",
				"lastName", "Seller", "organizationName", "Seller Co " + email.hashCode()), null).status())
			.isEqualTo(201);
		String code = mailbox().latestCode(email, "verify-email");
		assertThat(api.post("/api/v1/auth/verify-email", Map.of("email", email, "code", code), null).status())
			.isEqualTo(200);
	}

	/** Signs in through the pages, with the emailed code a new device needs. */
	protected void signIn(String email) {
		open("/login");
		type(By.id("email"), email);
		type(By.id("password"), PASSWORD);
		click(By.cssSelector("form[action='/login'] button[type=submit]"));
		waitForPath("/login/verify");
		type(By.id("code"), mailbox().latestCode(email, "sign-in-code"));
		click(By.cssSelector("form[action='/login/verify'] button[type=submit]"));
		waitForPath("/");
	}

	protected TestMailbox mailbox() {
		return new TestMailbox(jdbc, transactions);
	}
}
