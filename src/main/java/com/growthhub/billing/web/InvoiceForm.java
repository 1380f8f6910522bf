package com.growthhub.billing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import com.growthhub.billing.internal.invoices.BillingMoney;
import com.growthhub.billing.internal.invoices.InvoiceDraft;
import com.growthhub.billing.internal.invoices.InvoiceLine;
import com.growthhub.billing.internal.invoices.InvoiceView;

/**
 * The invoice editor's form. Prices are typed in units of the currency ({@code 12.50}, {@code 1000} for yen) and
 * kept as minor units; a line with neither description nor price is the editor's spare row and is left out.
 */
public class InvoiceForm {

	private @Nullable UUID contactId;
	private @Nullable String contactName;
	private @Nullable String currency;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate dueDate;
	private @Nullable String notes;
	private List<LineForm> lines = new ArrayList<>();

	public static class LineForm {

		private @Nullable String description;
		private @Nullable BigDecimal quantity = BigDecimal.ONE;
		private @Nullable BigDecimal unitPrice;
		private @Nullable BigDecimal taxRate = BigDecimal.ZERO;
		private @Nullable BigDecimal discountPercent;
		private @Nullable UUID productId;
		private @Nullable UUID providerId;
		private @Nullable String procedureCode;

		boolean blank() {
			return (description == null || description.isBlank()) && unitPrice == null;
		}

		public @Nullable String getDescription() { return description; }
		public void setDescription(@Nullable String description) { this.description = description; }
		public @Nullable BigDecimal getQuantity() { return quantity; }
		public void setQuantity(@Nullable BigDecimal quantity) { this.quantity = quantity; }
		public @Nullable BigDecimal getUnitPrice() { return unitPrice; }
		public void setUnitPrice(@Nullable BigDecimal unitPrice) { this.unitPrice = unitPrice; }
		public @Nullable BigDecimal getTaxRate() { return taxRate; }
		public void setTaxRate(@Nullable BigDecimal taxRate) { this.taxRate = taxRate; }
		public @Nullable BigDecimal getDiscountPercent() { return discountPercent; }
		public void setDiscountPercent(@Nullable BigDecimal discountPercent) { this.discountPercent = discountPercent; }
		public @Nullable UUID getProductId() { return productId; }
		public void setProductId(@Nullable UUID productId) { this.productId = productId; }
		public @Nullable UUID getProviderId() { return providerId; }
		public void setProviderId(@Nullable UUID providerId) { this.providerId = providerId; }
		public @Nullable String getProcedureCode() { return procedureCode; }
		public void setProcedureCode(@Nullable String procedureCode) { this.procedureCode = procedureCode; }
	}

	static InvoiceForm empty(String currency) {
		InvoiceForm form = new InvoiceForm();
		form.currency = currency;
		form.lines.add(new LineForm());
		return form;
	}

	static InvoiceForm of(InvoiceView invoice, @Nullable String contactName) {
		InvoiceForm form = new InvoiceForm();
		form.contactId = invoice.contactId();
		form.contactName = contactName;
		form.currency = invoice.currency();
		form.dueDate = invoice.dueDate();
		form.notes = invoice.notes();
		for (var line : invoice.lines()) {
			LineForm row = new LineForm();
			row.description = line.description();
			row.quantity = line.quantity();
			row.unitPrice = new BigDecimal(BillingMoney.typed(line.unitPriceCents(), invoice.currency()));
			row.taxRate = line.taxRate();
			row.discountPercent = line.discountPercent();
			row.productId = line.productId();
			row.providerId = line.providerId();
			row.procedureCode = line.procedureCode();
			form.lines.add(row);
		}
		form.lines.add(new LineForm());
		return form;
	}

	/** The draft this form describes, or {@code null} after marking what cannot be read in {@code errors}. */
	@Nullable InvoiceDraft toDraft(BindingResult errors) {
		if (contactId == null) {
			errors.rejectValue("contactId", "billing.invoice.contactRequired");
		}
		String code = currency == null || currency.isBlank() ? "USD" : currency.trim().toUpperCase(java.util.Locale.ROOT);
		try {
			java.util.Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("currency", "billing.invoice.currencyUnknown");
			return null;
		}
		List<InvoiceLine> drafted = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			LineForm line = lines.get(i);
			if (line.blank()) {
				continue;
			}
			long price;
			try {
				price = line.unitPrice == null ? 0 : BillingMoney.minorUnits(line.unitPrice, code);
			}
			catch (ArithmeticException ex) {
				errors.rejectValue("lines[" + i + "].unitPrice", "billing.line.tooManyDecimals");
				continue;
			}
			drafted.add(new InvoiceLine(line.description == null ? "" : line.description,
					line.quantity == null ? BigDecimal.ZERO : line.quantity, price,
					line.taxRate == null ? BigDecimal.ZERO : line.taxRate, null, line.discountPercent, line.productId,
					line.providerId, line.procedureCode == null || line.procedureCode.isBlank() ? null : line.procedureCode));
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new InvoiceDraft(contactId, code, dueDate, notes, drafted);
	}

	public @Nullable UUID getContactId() { return contactId; }
	public void setContactId(@Nullable UUID contactId) { this.contactId = contactId; }
	public @Nullable String getContactName() { return contactName; }
	public void setContactName(@Nullable String contactName) { this.contactName = contactName; }
	public @Nullable String getCurrency() { return currency; }
	public void setCurrency(@Nullable String currency) { this.currency = currency; }
	public @Nullable LocalDate getDueDate() { return dueDate; }
	public void setDueDate(@Nullable LocalDate dueDate) { this.dueDate = dueDate; }
	public @Nullable String getNotes() { return notes; }
	public void setNotes(@Nullable String notes) { this.notes = notes; }
	public List<LineForm> getLines() { return lines; }
	public void setLines(List<LineForm> lines) { this.lines = lines; }
}
