package com.growthhub.expenses.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * A person's answer to what reading a receipt suggested: accept it (the amount, date and merchant go onto the expense,
 * each as corrected where the person typed another value; a draft still titled "Receipt" takes the merchant's name), or
 * dismiss it. Whether the values were taken as read or corrected is kept, which is what the reading's accuracy is
 * measured by.
 */
@Service
public class ReceiptSuggestions {

	private final Expenses expenses;
	private final ExpenseRepository repository;
	private final TenantTransactions transactions;

	ReceiptSuggestions(Expenses expenses, ExpenseRepository repository, TenantTransactions transactions) {
		this.expenses = expenses;
		this.repository = repository;
		this.transactions = transactions;
	}

	/** The values a person typed instead of those read; null keeps the reading's. */
	public record Corrections(@Nullable Long amountCents, @Nullable LocalDate spentOn, @Nullable String merchant) {

		public static final Corrections NONE = new Corrections(null, null, null);
	}

	public ExpenseView accept(OrganizationId organization, Actor actor, UUID id, Corrections corrections) {
		ExpenseRules.Viewer viewer = expenses.viewer(organization, actor);
		transactions.run(organization, actor, () -> {
			ExpenseView current = pending(organization, viewer, id);
			ReceiptReading reading = current.reading();
			Long amount = corrections.amountCents() != null ? corrections.amountCents()
					: reading.amountCents() != null ? reading.amountCents() : current.amountCents();
			LocalDate spentOn = corrections.spentOn() != null ? corrections.spentOn()
					: reading.spentOn() != null ? reading.spentOn() : current.spentOn();
			String merchant = corrections.merchant() != null && !corrections.merchant().isBlank()
					? corrections.merchant().strip() : reading.merchant() != null ? reading.merchant() : current.merchant();
			if (amount != null && (amount <= 0 || amount > 1_000_000_000_000L)) {
				throw ExpenseInputException.field("amountCents", "must be more than 0 and at most 10,000,000,000.00");
			}
			if (merchant != null && merchant.length() > 120) {
				throw ExpenseInputException.field("merchant", "must be at most 120 characters");
			}
			String title = current.title().equals("Receipt") && merchant != null ? merchant : current.title();
			String currency = reading.currency() != null && corrections.amountCents() == null ? reading.currency()
					: current.currency();
			repository.update(organization, id, new ExpenseRepository.Fields(title, current.description(), merchant, amount,
					currency, current.categoryId(), current.type(), spentOn, current.eventId(), current.campaign()));
			boolean corrected = differs(corrections.amountCents(), reading.amountCents())
					|| differs(corrections.spentOn(), reading.spentOn())
					|| differs(corrections.merchant() == null || corrections.merchant().isBlank() ? null
							: corrections.merchant().strip(), reading.merchant());
			repository.setReadingStatus(organization, id,
					corrected ? ReceiptReading.Status.CORRECTED : ReceiptReading.Status.ACCEPTED);
		});
		return expenses.get(organization, viewer, id);
	}

	public ExpenseView dismiss(OrganizationId organization, Actor actor, UUID id) {
		ExpenseRules.Viewer viewer = expenses.viewer(organization, actor);
		transactions.run(organization, actor, () -> {
			pending(organization, viewer, id);
			repository.setReadingStatus(organization, id, ReceiptReading.Status.DISMISSED);
		});
		return expenses.get(organization, viewer, id);
	}

	/** The expense with a suggestion waiting, which the viewer may edit; 409 when nothing waits. */
	private ExpenseView pending(OrganizationId organization, ExpenseRules.Viewer viewer, UUID id) {
		ExpenseView current = expenses.visible(organization, viewer, id, true);
		ExpenseRefusedException.check(ExpenseRules.check(ExpenseAction.EDIT, current.status(), current.createdBy(), viewer));
		ReceiptReading reading = repository.readings(organization, List.of(id)).get(id);
		if (reading == null || !reading.awaitingDecision()) {
			ExpenseRefusedException.check(new ExpenseRules.Decision.Conflict(
					"No suggestion from the receipt waits for an answer on this expense."));
		}
		return current.withReading(reading);
	}

	private static boolean differs(@Nullable Object typed, @Nullable Object read) {
		return typed != null && !Objects.equals(typed, read);
	}
}
