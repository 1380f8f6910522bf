package com.growthhub.billing.internal.invoices;

import org.springframework.http.HttpStatus;

import com.growthhub.billing.InvoiceStatus;
import com.growthhub.platform.web.ProblemException;

/** 403 for a role that may not do this, 409 for an invoice whose status does not allow it, 422 for a refused rule. */
public class InvoiceRefusedException extends ProblemException {

	private InvoiceRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static InvoiceRefusedException forbidden(String detail) {
		return new InvoiceRefusedException(HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	static InvoiceRefusedException status(String action, InvoiceStatus status) {
		return new InvoiceRefusedException(HttpStatus.CONFLICT, "Not possible in this status",
				"An invoice that is " + status.key() + " cannot be " + action + ".");
	}

	static InvoiceRefusedException rule(String title, String detail) {
		return new InvoiceRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, title, detail);
	}
}
