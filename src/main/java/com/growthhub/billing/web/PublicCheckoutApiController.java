package com.growthhub.billing.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.growthhub.billing.internal.payments.PayableInvoice;
import com.growthhub.billing.internal.payments.PayableInvoices;
import com.growthhub.billing.internal.payments.PaymentRefusedException;
import com.growthhub.billing.internal.payments.stripe.CheckoutRequest;
import com.growthhub.billing.internal.payments.stripe.StripeCheckout;
import com.growthhub.platform.web.NotFoundException;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The public page's pay button: opens Stripe Checkout for what is still due and answers {@code {url}} (a program), or
 * sends the browser there ({@code GET /i/{token}/pay}, the page's link). Public: the invoice's token is the credential.
 */
@RestController
@Hidden
class PublicCheckoutApiController {

	private final PayableInvoices invoices;

	private final StripeCheckout checkout;

	PublicCheckoutApiController(PayableInvoices invoices, StripeCheckout checkout) {
		this.invoices = invoices;
		this.checkout = checkout;
	}

	@PostMapping("/i/{token}/checkout")
	ResponseEntity<Map<String, String>> checkout(@PathVariable String token,
			@RequestHeader(name = "Accept", defaultValue = "*/*") String accept) {
		String url = open(token);
		if (accept.contains(MediaType.TEXT_HTML_VALUE)) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(url)).build();
		}
		return ResponseEntity.ok(Map.of("url", url));
	}

	// The page's button is a link, not a form: the public page's Content-Security-Policy has form-action 'self', which
	// browsers also apply to a form post's redirect, so a post answered with a redirect to Stripe would be blocked.
	// Opening a Checkout Session has no effect until the customer pays, so a GET that opens one is harmless.
	@GetMapping("/i/{token}/pay")
	ResponseEntity<Void> pay(@PathVariable String token) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(open(token))).build();
	}

	private String open(String token) {
		PayableInvoice invoice = invoices.byPublicToken(token).orElseThrow(() -> NotFoundException.of("The invoice"));
		if (!invoice.payable()) {
			throw PaymentRefusedException.nothingDue();
		}
		String back = ServletUriComponentsBuilder.fromCurrentContextPath().path("/i/{token}").buildAndExpand(token).toUriString();
		return checkout.open(new CheckoutRequest(invoice.organizationId(), invoice.invoiceId(),
				"Invoice " + (invoice.number() == null ? "" : invoice.number()), invoice.amountDueCents(), invoice.currency(), back));
	}
}
