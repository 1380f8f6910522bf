package com.growthhub.billing.internal.payments;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** A payment the business rules refuse (422), or an action the person's role does not allow (403). */
public class PaymentRefusedException extends ProblemException {

	private PaymentRefusedException(HttpStatus status, String detail) {
		super(status, "Payment refused", detail);
	}

	static PaymentRefusedException currencyMismatch(String invoiceCurrency) {
		return new PaymentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT,
				"The invoice is in " + invoiceCurrency + "; record the payment in that currency.");
	}

	public static PaymentRefusedException nothingDue() {
		return new PaymentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Nothing is due on this invoice.");
	}

	public static PaymentRefusedException forbidden(String detail) {
		return new PaymentRefusedException(HttpStatus.FORBIDDEN, detail);
	}
}
