package com.growthhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.identity.TestAccounts;
import com.growthhub.messaging.TestMailbox;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Drives the running application in headless Debian Chromium, the way a person uses it. The
 * driver and browser are the system's own, so Selenium Manager never downloads anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(15);
	protected static final String PASSWORD = IdentityTestSupport.PASSWORD;

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected TenantTransactions transactions;

	protected WebDriver browser;

	private final List<WebDriver> drivers = new ArrayList<>();
	private final List<ChromeDriverService> services = new ArrayList<>();
	private final List<Path> profiles = new ArrayList<>();

	/**
	 * Each test starts in a clean tab of one Chromium the JVM shares ({@link SharedBrowser}): starting and quitting
	 * a Chromium and its ChromeDriver for every test cost more than a second each time.
	 */
	@BeforeEach
	void startBrowser() throws IOException {
		browser = SharedBrowser.cleanTab(this::startChromium);
		drivers.add(browser);
	}

	/** A further headless Chromium with its own profile; it is quit and its profile deleted after the test. */
	protected WebDriver newBrowser() throws IOException {
		SharedBrowser.Chromium chromium = startChromium();
		profiles.add(chromium.profile());
		services.add(chromium.service());
		drivers.add(chromium.driver());
		return chromium.driver();
	}

	private SharedBrowser.Chromium startChromium() throws IOException {
		Path profile = Files.createTempDirectory("growthhub-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
				"--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		return new SharedBrowser.Chromium(new ChromeDriver(service, options), service, profile);
	}

	/** Pages must work under the Content-Security-Policy: the browser reports every refused script or style. */
	@AfterEach
	void quitBrowsers() throws IOException {
		try {
			List<String> violations = drivers.stream()
				.flatMap(driver -> driver.manage().logs().get(LogType.BROWSER).getAll().stream())
				.map(LogEntry::getMessage)
				.filter(message -> message.contains("Content Security Policy"))
				.toList();
			assertThat(violations).as("CSP violations in the browser console").isEmpty();
		}
		finally {
			quit();
		}
	}

	private void quit() throws IOException {
		try {
			SharedBrowser.forget(port);
			drivers.stream().filter(driver -> !SharedBrowser.isShared(driver)).forEach(WebDriver::quit);
		}
		finally {
			services.forEach(ChromeDriverService::stop);
			profiles.forEach(SharedBrowser::delete);
			drivers.clear();
			services.clear();
			profiles.clear();
		}
	}

	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	/** Waits that read the page again when htmx or a redirect replaced what they were reading. */
	protected WebDriverWait waiting() {
		return waiting(browser);
	}

	/** The same wait on another browser than {@link #browser}. */
	protected WebDriverWait waiting(WebDriver driver) {
		WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	protected WebElement visible(By locator) {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** The text of the visible element, read inside the wait: htmx may replace the element between finding and reading. */
	protected String textOf(By locator) {
		return waiting().until(driver -> {
			WebElement element = driver.findElement(locator);
			return element.isDisplayed() ? element.getText() : null;
		});
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

	/**
	 * Picks a contact in a type-ahead picker (fragments/contact-picker.html) with the keyboard only: types {@code typed},
	 * waits for the option named {@code name}, arrows down to it and presses Enter.
	 */
	protected void pickContact(String inputId, String typed, String name) {
		type(By.id(inputId), typed);
		By options = By.cssSelector("#" + inputId + "-options [role=option]");
		int index = waiting().until(driver -> {
			List<String> names = driver.findElements(options).stream().filter(WebElement::isDisplayed)
				.map(WebElement::getText).toList();
			return names.contains(name) ? names.indexOf(name) : null;
		});
		WebElement input = browser.findElement(By.id(inputId));
		for (int i = 0; i <= index; i++) {
			input.sendKeys(Keys.ARROW_DOWN);
		}
		input.sendKeys(Keys.ENTER);
		waiting().until(driver -> "false".equals(driver.findElement(By.id(inputId)).getAttribute("aria-expanded")));
		assertThat(browser.findElement(By.id(inputId)).getAttribute("value")).isEqualTo(name);
	}

	protected void waitForPath(String path) {
		waiting().until(driver -> java.net.URI.create(driver.getCurrentUrl()).getPath().equals(path));
	}

	/**
	 * A verified account with its own organization, made through the API. The person is Sam Seller, a name no
	 * browser test gives a contact, so text a page shows about contacts cannot come from the signed-in user.
	 */
	protected void registerVerified(String email) {
		accounts().registerVerified(email, "Sam", "Seller");
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

	/** Accounts, sign-ins and invitations through the API, as the API tests make them. */
	protected TestAccounts accounts() {
		return new TestAccounts(new ApiClient(port), mailbox());
	}
}
