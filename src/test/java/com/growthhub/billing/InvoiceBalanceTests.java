package com.growthhub.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import com.growthhub.shared.OrganizationId;

class InvoiceBalanceTests {

	private static InvoiceBalance invoice(InvoiceStatus status, long total, long credited, long paid) {
		return new InvoiceBalance(OrganizationId.of(UUID.randomUUID()), InvoiceId.of(UUID.randomUUID()), UUID.randomUUID(),
				"INV-2026-0001", "EUR", status, status, total, credited, paid, Math.max(0, total - credited - paid));
	}

	@Test
	void partialPaymentOfOpenInvoiceMakesItPartiallyPaid() {
		InvoiceBalance after = invoice(InvoiceStatus.OPEN, 10_000, 0, 0).afterPayment(2_500);
		assertThat(after.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
		assertThat(after.amountPaidCents()).isEqualTo(2_500);
		assertThat(after.amountDueCents()).isEqualTo(7_500);
		assertThat(after.becamePaid()).isFalse();
	}

	@Test
	void paymentOfTheWholeDueAmountMakesItPaid() {
		InvoiceBalance after = invoice(InvoiceStatus.OPEN, 10_000, 0, 0).afterPayment(10_000);
		assertThat(after.status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(after.amountDueCents()).isZero();
		assertThat(after.previousStatus()).isEqualTo(InvoiceStatus.OPEN);
		assertThat(after.becamePaid()).isTrue();
	}

	@Test
	void lastPaymentOfPartiallyPaidInvoiceMakesItPaid() {
		InvoiceBalance after = invoice(InvoiceStatus.PARTIALLY_PAID, 10_000, 0, 4_000).afterPayment(6_000);
		assertThat(after.status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(after.amountPaidCents()).isEqualTo(10_000);
		assertThat(after.becamePaid()).isTrue();
	}

	@Test
	void anotherPartialPaymentKeepsItPartiallyPaid() {
		InvoiceBalance after = invoice(InvoiceStatus.PARTIALLY_PAID, 10_000, 0, 4_000).afterPayment(1);
		assertThat(after.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
		assertThat(after.amountDueCents()).isEqualTo(5_999);
	}

	@Test
	void creditNotesLowerWhatIsDue() {
		InvoiceBalance after = invoice(InvoiceStatus.OPEN, 10_000, 3_000, 0).afterPayment(7_000);
		assertThat(after.status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(after.refundableCreditCents()).isZero();
	}

	@Test
	void latePaymentOfUncollectibleInvoiceIsRecorded() {
		InvoiceBalance after = invoice(InvoiceStatus.UNCOLLECTIBLE, 10_000, 0, 0).afterPayment(10_000);
		assertThat(after.status()).isEqualTo(InvoiceStatus.PAID);
	}

	@Test
	void refusesOverpaymentWith422() {
		assertThatThrownBy(() -> invoice(InvoiceStatus.PARTIALLY_PAID, 10_000, 0, 9_000).afterPayment(1_001))
			.isInstanceOfSatisfying(InvoicePaymentRefusedException.class,
					ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
	}

	@Test
	void refusesPaymentsOnDraftVoidAndPaidInvoicesWith409() {
		for (InvoiceStatus status : new InvoiceStatus[] { InvoiceStatus.DRAFT, InvoiceStatus.VOID, InvoiceStatus.PAID }) {
			InvoiceBalance invoice = invoice(status, 10_000, 0, status == InvoiceStatus.PAID ? 10_000 : 0);
			assertThatThrownBy(() -> invoice.afterPayment(100)).as(status.key())
				.isInstanceOfSatisfying(InvoicePaymentRefusedException.class,
						ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
		}
	}

	@Test
	void refusesZeroAndNegativeAmounts() {
		InvoiceBalance open = invoice(InvoiceStatus.OPEN, 10_000, 0, 0);
		assertThatThrownBy(() -> open.afterPayment(0)).isInstanceOf(InvoicePaymentRefusedException.class);
		assertThatThrownBy(() -> open.afterRefund(-5)).isInstanceOf(InvoicePaymentRefusedException.class);
	}

	@Test
	void partialRefundOfPaidInvoiceMakesItPartiallyPaid() {
		InvoiceBalance after = invoice(InvoiceStatus.PAID, 10_000, 0, 10_000).afterRefund(3_000);
		assertThat(after.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
		assertThat(after.amountPaidCents()).isEqualTo(7_000);
		assertThat(after.amountDueCents()).isEqualTo(3_000);
	}

	@Test
	void fullRefundOfPaidInvoiceMakesItOpenAgain() {
		InvoiceBalance after = invoice(InvoiceStatus.PAID, 10_000, 0, 10_000).afterRefund(10_000);
		assertThat(after.status()).isEqualTo(InvoiceStatus.OPEN);
		assertThat(after.amountDueCents()).isEqualTo(10_000);
	}

	@Test
	void fullRefundOfPartiallyPaidInvoiceMakesItOpen() {
		InvoiceBalance after = invoice(InvoiceStatus.PARTIALLY_PAID, 10_000, 0, 4_000).afterRefund(4_000);
		assertThat(after.status()).isEqualTo(InvoiceStatus.OPEN);
	}

	@Test
	void refundOfCreditOnPaidInvoiceKeepsItPaid() {
		InvoiceBalance credited = invoice(InvoiceStatus.PAID, 10_000, 3_000, 10_000);
		assertThat(credited.refundableCreditCents()).isEqualTo(3_000);
		InvoiceBalance after = credited.afterRefund(3_000);
		assertThat(after.status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(after.amountDueCents()).isZero();
		assertThat(after.refundableCreditCents()).isZero();
	}

	@Test
	void refusesRefundAboveWhatWasPaid() {
		assertThatThrownBy(() -> invoice(InvoiceStatus.PARTIALLY_PAID, 10_000, 0, 4_000).afterRefund(4_001))
			.isInstanceOfSatisfying(InvoicePaymentRefusedException.class,
					ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
	}

	@Test
	void refusesRefundOnDraftAndVoid() {
		assertThatThrownBy(() -> invoice(InvoiceStatus.VOID, 10_000, 0, 0).afterRefund(1))
			.isInstanceOfSatisfying(InvoicePaymentRefusedException.class,
					ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
	}
}
