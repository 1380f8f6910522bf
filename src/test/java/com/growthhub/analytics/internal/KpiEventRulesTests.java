package com.growthhub.analytics.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.analytics.KpiKind;
import com.growthhub.shared.OrganizationId;

/** What a KPI event must be: never in the future, money only on a paid invoice and there positive with a currency. */
class KpiEventRulesTests {

	private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
	private static final OrganizationId ORGANIZATION = OrganizationId.of(UUID.randomUUID());

	private final KpiEventRules rules = new KpiEventRules(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void refusesAnEventInTheFutureButToleratesAMinuteOfSkew() {
		assertThatCode(() -> rules.check(click(NOW.plusSeconds(59)))).doesNotThrowAnyException();
		assertThatThrownBy(() -> rules.check(click(NOW.plusSeconds(120)))).isInstanceOf(KpiEventInputException.class)
			.hasMessageContaining("occurredAt");
	}

	@Test
	void aPaidInvoiceNeedsAPositiveValueAndACurrency() {
		assertThatCode(() -> rules.check(paid(1L, "USD"))).doesNotThrowAnyException();
		assertThatThrownBy(() -> rules.check(paid(0L, "USD"))).hasMessageContaining("valueCents");
		assertThatThrownBy(() -> rules.check(paid(-5L, "USD"))).hasMessageContaining("valueCents");
		assertThatThrownBy(() -> rules.check(paid(null, "USD"))).hasMessageContaining("valueCents");
		assertThatThrownBy(() -> rules.check(paid(100L, null))).hasMessageContaining("currency");
		assertThatThrownBy(() -> rules.check(paid(100L, "usd"))).hasMessageContaining("currency");
	}

	@Test
	void otherKindsCarryNoMoney() {
		assertThatThrownBy(() -> rules.check(new KpiEventDraft(ORGANIZATION, KpiKind.CONSULT_SHOW, null, null, NOW, 100L,
				"USD", Map.of(), "k"))).hasMessageContaining("only for invoice_paid");
	}

	@Test
	void theSourceKeyHasOneTo300Characters() {
		assertThatThrownBy(() -> rules.check(KpiEventDraft.count(ORGANIZATION, KpiKind.AD_CLICK, null, null, NOW, " ")))
			.hasMessageContaining("sourceKey");
		assertThatThrownBy(() -> rules.check(
				KpiEventDraft.count(ORGANIZATION, KpiKind.AD_CLICK, null, null, NOW, "k".repeat(301))))
			.hasMessageContaining("sourceKey");
	}

	private static KpiEventDraft click(Instant at) {
		return KpiEventDraft.count(ORGANIZATION, KpiKind.AD_CLICK, null, null, at, "click");
	}

	private static KpiEventDraft paid(Long cents, String currency) {
		return new KpiEventDraft(ORGANIZATION, KpiKind.INVOICE_PAID, null, null, NOW, cents, currency, Map.of(), "paid");
	}
}
