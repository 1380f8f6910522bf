package com.growthhub.expenses.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** A refusal from {@link ExpenseRules}: 403 for the person acting, 409 for the expense's status. */
public class ExpenseRefusedException extends ProblemException {

	private ExpenseRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static void check(ExpenseRules.Decision decision) {
		switch (decision) {
			case ExpenseRules.Decision.Allowed allowed -> {
			}
			case ExpenseRules.Decision.Forbidden forbidden ->
				throw new ExpenseRefusedException(HttpStatus.FORBIDDEN, "Not allowed", forbidden.reason());
			case ExpenseRules.Decision.Conflict conflict ->
				throw new ExpenseRefusedException(HttpStatus.CONFLICT, "Not possible now", conflict.reason());
		}
	}
}
