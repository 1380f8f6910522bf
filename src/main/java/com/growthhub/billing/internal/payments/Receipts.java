package com.growthhub.billing.internal.payments;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.billing.PdfDocuments;
import com.growthhub.billing.internal.invoices.InvoiceDocuments;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * A payment's receipt as a PDF: the receipt number, what was paid, how and when, against which invoice, and what is
 * still due; the same fonts and layout as the invoice ({@code billing/pdf-layout}).
 */
@Component
public class Receipts {

	static final String TEMPLATE = "billing/receipt-pdf";

	private final PaymentRepository payments;

	private final InvoiceDocuments invoices;

	private final PdfDocuments pdf;

	private final TenantTransactions transactions;

	Receipts(PaymentRepository payments, InvoiceDocuments invoices, PdfDocuments pdf, TenantTransactions transactions) {
		this.payments = payments;
		this.invoices = invoices;
		this.pdf = pdf;
		this.transactions = transactions;
	}

	public record Receipt(PaymentView payment, String fileName, byte[] pdf) {
	}

	/** @throws NotFoundException for a payment of another organization, or whose contact is gone */
	public Receipt render(OrganizationId organization, Actor actor, UUID paymentId) {
		PaymentView payment = transactions.call(organization, actor, () -> payments.find(organization, paymentId))
			.orElseThrow(() -> NotFoundException.of("The receipt"));
		Map<String, Object> model = new HashMap<>(invoices.model(organization, payment.invoiceId()));
		model.put("payment", payment);
		return new Receipt(payment, payment.receiptNumber() + ".pdf", pdf.render(TEMPLATE, model));
	}
}
