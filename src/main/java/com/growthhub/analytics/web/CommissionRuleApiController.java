package com.growthhub.analytics.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.analytics.internal.commissions.CommissionRule;
import com.growthhub.analytics.internal.commissions.CommissionRuleDraft;
import com.growthhub.analytics.internal.commissions.CommissionRuleView;
import com.growthhub.analytics.internal.commissions.CommissionRules;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/commission-rules")
@Tag(name = "Commission rules", description = "What a provider earns on paid invoices: rule {type: percent "
		+ "(percentBp), flat_per_invoice (amountCents, currency), flat_per_procedure (procedureCode, amountCents, "
		+ "currency) or tiers (currency, tiers [{fromCents, percentBp}])}, valid from validFrom to validTo (inclusive)")
class CommissionRuleApiController {

	private final CommissionRules rules;
	private final CommissionRecordApi<CommissionRuleView, CommissionRuleDraft> api;

	CommissionRuleApiController(CommissionRules rules) {
		this.rules = rules;
		this.api = new CommissionRecordApi<>("/api/v1/commission-rules", rules, CommissionRuleView::id);
	}

	/** A rule; on PATCH, absent or null properties keep their value. */
	record RuleRequest(@Nullable UUID providerId, @Nullable CommissionRule rule, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo) {

		CommissionRuleDraft toDraft() {
			return new CommissionRuleDraft(providerId, rule, validFrom, validTo);
		}

		CommissionRuleDraft applyTo(CommissionRuleView current) {
			return new CommissionRuleDraft(providerId != null ? providerId : current.providerId(),
					rule != null ? rule : current.rule(), validFrom != null ? validFrom : current.validFrom(),
					validTo != null ? validTo : current.validTo());
		}
	}

	@GetMapping
	@Operation(summary = "Rules, newest first, keyset-paged; of one provider with providerId; managers and up")
	CommissionRules.Page list(OrganizationId organization, Actor actor,
			@RequestParam(required = false) @Nullable UUID providerId,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		return rules.list(organization, actor, providerId, PageCursor.parse(cursor), limit);
	}

	@PostMapping
	@Operation(summary = "Adds a rule; an invalid rule answers 400 naming each wrong field (rule.percentBp, "
			+ "rule.tiers[1].fromCents, validTo…)")
	ResponseEntity<CommissionRuleView> create(OrganizationId organization, Actor actor, @RequestBody RuleRequest body) {
		return api.create(organization, actor, body.toDraft());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One rule")
	CommissionRuleView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return rules.get(organization, actor, id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Changes a rule; lines already earned stay as they were")
	CommissionRuleView update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody RuleRequest body) {
		return rules.patch(organization, actor, id, body::applyTo);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Deletes a rule; lines it earned stay, naming its type")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return api.delete(organization, actor, id);
	}
}
