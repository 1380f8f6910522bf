package com.growthhub.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/**
 * Someone writes an invoice in the editor (a product fills a line, totals follow as they type), issues it, opens the
 * customer's public page and downloads the PDF from it. Headless Chromium.
 */
class InvoiceBrowserTests extends BrowserTestSupport {

	@Test
	void anInvoiceIsWrittenIssuedAndOpenedOnItsPublicPage() throws Exception {
		String ownerEmail = IdentityTestSupport.uniqueEmail("invoice-browser");
		registerVerified(ownerEmail);
		String token = accounts().accessToken(ownerEmail);
		ApiClient api = new ApiClient(port);
		BillingFixtures.contact(api, token, "Hedy", null);
		api.post("/api/v1/products", java.util.Map.of("name", "Design sprint", "unitPriceCents", 125_000, "taxRate", "19"), token);

		signIn(ownerEmail);
		click(By.cssSelector("[data-testid=nav-invoices]"));
		click(By.cssSelector("[data-testid=new-invoice]"));
		pickContact("invoice-contact", "Hedy", "Hedy Tester");
		new Select(visible(By.cssSelector("[data-line] [data-product-choice]"))).selectByVisibleText("Design sprint");
		// 1,250.00 + 19 % = 1,487.50
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=preview-total]")).equals("$1,487.50"));
		type(By.cssSelector("[data-testid=line-quantity]"), "2");
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=preview-total]")).equals("$2,975.00"));
		click(By.cssSelector("[data-testid=add-line]"));
		List<WebElement> descriptions = browser.findElements(By.cssSelector("[data-testid=line-description]"));
		assertThat(descriptions).hasSize(2);
		descriptions.get(1).sendKeys("Travel");
		browser.findElements(By.cssSelector("[data-testid=line-price]")).get(1).sendKeys("100");
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=preview-total]")).equals("$3,075.00"));

		click(By.cssSelector("[data-testid=save-invoice]"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/billing/invoices/[0-9a-f-]{36}$"));
		assertThat(textOf(By.cssSelector("[data-testid=invoice-status]"))).isEqualTo("Draft");
		assertThat(textOf(By.cssSelector("[data-testid=invoice-total]"))).isEqualTo("$3,075.00");
		click(By.cssSelector("[data-testid=issue-invoice]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=invoice-status]")).equals("Open"));
		String number = textOf(By.cssSelector("[data-testid=invoice-number]"));
		assertThat(number).matches("INV-\\d{4}-\\d{4}");

		String publicPage = visible(By.cssSelector("[data-testid=public-link]")).getAttribute("href");
		browser = newBrowser();
		browser.get(publicPage);
		assertThat(textOf(By.cssSelector("[data-testid=public-number]"))).isEqualTo(number);
		assertThat(textOf(By.cssSelector("[data-testid=invoice-due]"))).isEqualTo("$3,075.00");
		String pdfPath = java.net.URI.create(visible(By.cssSelector("[data-testid=public-pdf]")).getAttribute("href")).getPath();
		HttpResponse<byte[]> pdf = BillingFixtures.download(port, pdfPath, null);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(BillingFixtures.pdfText(pdf.body())).contains(number, "Design sprint", "Travel", "3,075.00");
	}
}
