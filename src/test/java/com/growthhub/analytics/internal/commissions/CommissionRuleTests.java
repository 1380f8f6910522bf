package com.growthhub.analytics.internal.commissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class CommissionRuleTests {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void rulesReadAndWriteAsJsonWithALowerCaseType() {
		CommissionRule tiers = json.readValue("""
				{"type": "tiers", "currency": "EUR", "tiers": [{"fromCents": 1000000, "percentBp": 1500},
				 {"fromCents": 0, "percentBp": 1000}]}""", CommissionRule.class);
		assertThat(tiers).isEqualTo(new CommissionRule.Tiers(
				List.of(new CommissionRule.Tier(0, 1000), new CommissionRule.Tier(1_000_000, 1500)), "EUR"));
		assertThat(json.writeValueAsString(new CommissionRule.Percent(1250))).contains("\"type\":\"percent\"")
			.contains("\"percentBp\":1250");
		assertThat(json.readValue("{\"type\":\"flat_per_procedure\",\"procedureCode\":\"BTX\",\"amountCents\":2500,"
				+ "\"currency\":\"EUR\"}", CommissionRule.class))
			.isEqualTo(new CommissionRule.FlatPerProcedure("BTX", 2_500, "EUR"));
		assertThatThrownBy(() -> json.readValue("{\"type\":\"bonus\"}", CommissionRule.class))
			.isInstanceOf(tools.jackson.core.JacksonException.class);
	}

	@Test
	void validationNamesEachWrongField() {
		assertThat(new CommissionRule.Percent(10_001).errors("rule.")).extracting(CommissionRule.FieldError::field)
			.containsExactly("rule.percentBp");
		assertThat(new CommissionRule.Percent(10_000).errors("rule.")).isEmpty();
		assertThat(new CommissionRule.FlatPerInvoice(-1, "eur").errors("rule."))
			.extracting(CommissionRule.FieldError::field).containsExactly("rule.amountCents", "rule.currency");
		assertThat(new CommissionRule.FlatPerProcedure("botox!", 100, "EUR").errors(""))
			.extracting(CommissionRule.FieldError::field).containsExactly("procedureCode");
		assertThat(new CommissionRule.Tiers(List.of(), "EUR").errors("")).extracting(CommissionRule.FieldError::field)
			.containsExactly("tiers");
		assertThat(new CommissionRule.Tiers(List.of(new CommissionRule.Tier(500, 100), new CommissionRule.Tier(500, 200)),
				"EUR").errors("")).extracting(CommissionRule.FieldError::field)
			.containsExactly("tiers[0].fromCents", "tiers[1].fromCents");
	}
}
