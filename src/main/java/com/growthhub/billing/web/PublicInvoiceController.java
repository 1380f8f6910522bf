package com.growthhub.billing.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.growthhub.billing.InvoicePdf;
import com.growthhub.billing.internal.invoices.InvoiceView;
import com.growthhub.billing.internal.invoices.PublicInvoices;
import com.growthhub.platform.web.NotFoundException;

/** The customer's page of an issued invoice, reached from the email with no account: read it, download it, pay it. */
@Controller
class PublicInvoiceController {

	private final PublicInvoices invoices;
	private final InvoicePdf pdf;

	PublicInvoiceController(PublicInvoices invoices, InvoicePdf pdf) {
		this.invoices = invoices;
		this.pdf = pdf;
	}

	@GetMapping("/i/{token}")
	String page(@PathVariable String token, Model model) {
		PublicInvoices.Found found = invoices.find(token).orElseThrow(() -> NotFoundException.of("Invoice"));
		model.addAllAttributes(invoices.model(found));
		model.addAttribute("token", token);
		return "billing/invoice-public";
	}

	@GetMapping("/i/{token}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String token) {
		PublicInvoices.Found found = invoices.find(token).orElseThrow(() -> NotFoundException.of("Invoice"));
		InvoiceView invoice = (InvoiceView) invoices.model(found).get("invoice");
		return InvoicePdfResponse.of(invoice, pdf.render(found.organization(), found.invoice()), false);
	}
}
