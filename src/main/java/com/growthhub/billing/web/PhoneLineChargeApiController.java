package com.growthhub.billing.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.billing.internal.lines.PhoneLineCharge;
import com.growthhub.billing.internal.lines.PhoneLineCharges;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/billing/phone-lines")
@Tag(name = "Phone line charges", description = "The monthly charge for lines purchased beyond the plan's free ones")
class PhoneLineChargeApiController {

	/** @param billedBy {@code agency} (invoiced monthly by the client account's agency) or {@code installation} */
	record PhoneLineChargeResponse(int freeLinesIncluded, int linesPurchased, long unitPriceCents, String currency,
			long monthlyTotalCents, String billedBy) {

		static PhoneLineChargeResponse of(PhoneLineCharge charge) {
			return new PhoneLineChargeResponse(charge.freeLinesIncluded(), charge.linesPurchased(), charge.unitPriceCents(),
					charge.currency(), charge.monthlyCents(), charge.billedByAgency() ? "agency" : "installation");
		}
	}

	private final PhoneLineCharges charges;

	PhoneLineChargeApiController(PhoneLineCharges charges) {
		this.charges = charges;
	}

	@GetMapping
	@Operation(summary = "The organization's purchased lines and what they cost per month (not prorated, billed in advance)")
	PhoneLineChargeResponse current(OrganizationId organization, Actor actor) {
		return PhoneLineChargeResponse.of(charges.current(organization, actor));
	}
}
