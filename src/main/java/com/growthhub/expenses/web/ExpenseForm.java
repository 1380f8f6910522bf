package com.growthhub.expenses.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;

import com.growthhub.expenses.internal.ExpenseFilter;
import com.growthhub.expenses.internal.ExpenseType;
import com.growthhub.expenses.internal.ExpenseView;
import com.growthhub.expenses.internal.Expenses;
import com.growthhub.platform.web.Amount;

import jakarta.validation.constraints.Size;

/** The expense form: the amount as people type it ({@code 12.50}), the event as a picked or typed id. */
record ExpenseForm(@Nullable @Size(max = 200) String title, @Nullable Amount amount, @Nullable String currency,
		@Nullable UUID categoryId, @Nullable String type, @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate spentOn,
		@Nullable String eventId, @Nullable @Size(max = 120) String campaign, @Nullable @Size(max = 120) String merchant,
		@Nullable @Size(max = 2000) String description) {

	static ExpenseForm empty(String currency) {
		return new ExpenseForm(null, null, currency, null, ExpenseType.OTHER.key(), null, null, null, null, null);
	}

	static ExpenseForm of(ExpenseView expense) {
		return new ExpenseForm(expense.title(), expense.amountCents() == null ? null : new Amount(expense.amountCents()),
				expense.currency(), expense.categoryId(), expense.type().key(), expense.spentOn(),
				expense.eventId() == null ? null : expense.eventId().toString(), expense.campaign(), expense.merchant(),
				expense.description());
	}

	Expenses.Draft toDraft() {
		return new Expenses.Draft(title, description, merchant, amount == null ? null : amount.cents(), currency, categoryId,
				ExpenseType.parse("type", type), spentOn, ExpenseFilter.uuid("eventId", eventId), campaign);
	}

	/** The API's field names, as a refusal names them, to this form's. */
	private static final Map<String, String> FIELDS = Map.of("amountCents", "amount", "title", "title", "currency", "currency",
			"categoryId", "categoryId", "type", "type", "spentOn", "spentOn", "eventId", "eventId", "campaign", "campaign",
			"merchant", "merchant", "description", "description");

	/** Marks each field a refusal names; a refusal of the whole expense goes above the form. */
	static void reject(BindingResult result, ErrorResponseException ex) {
		if (!ex.getStatusCode().is4xxClientError()) {
			throw ex;
		}
		Map<String, Object> properties = ex.getBody().getProperties();
		boolean marked = false;
		if (properties != null && properties.get("errors") instanceof List<?> errors) {
			for (Object error : errors) {
				if (error instanceof Map<?, ?> named && FIELDS.get(String.valueOf(named.get("field"))) instanceof String field) {
					result.rejectValue(field, "rejected", String.valueOf(named.get("message")));
					marked = true;
				}
			}
		}
		if (!marked) {
			result.reject("rejected", String.valueOf(ex.getBody().getDetail()));
		}
	}
}
