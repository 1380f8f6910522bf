package com.growthhub.analytics.internal.commissions;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 403 for someone who may not see commissions; 409 for a month that is already closed. */
public class CommissionRefusedException extends ProblemException {

	private CommissionRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static CommissionRefusedException forbidden(String detail) {
		return new CommissionRefusedException(HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	static CommissionRefusedException alreadyClosed(java.time.YearMonth month) {
		return new CommissionRefusedException(HttpStatus.CONFLICT, "Period already closed",
				"The commissions of " + month + " were already closed.");
	}

	static CommissionRefusedException providerHasCommissions() {
		return new CommissionRefusedException(HttpStatus.CONFLICT, "Provider has commissions",
				"The provider has earned commissions: deactivate it instead of deleting it.");
	}

	static CommissionRefusedException codeExists(String code) {
		return new CommissionRefusedException(HttpStatus.CONFLICT, "Procedure code exists",
				"The procedure code " + code + " exists already.");
	}

	static CommissionRefusedException duplicateName() {
		return new CommissionRefusedException(HttpStatus.CONFLICT, "Provider exists",
				"Another provider already has this name.");
	}
}
