package com.growthhub.billing.internal.invoices;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the field of an invoice, credit note, product or billing settings request that is wrong. */
public class InvoiceInputException extends ProblemException {

	private InvoiceInputException(String detail, List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, "Invalid billing input", detail);
		withProperty("errors", List.copyOf(errors));
	}

	public static InvoiceInputException field(String field, String message) {
		return new InvoiceInputException("'" + field + "' " + message + ".", List.of(Map.of("field", field, "message", message)));
	}
}
