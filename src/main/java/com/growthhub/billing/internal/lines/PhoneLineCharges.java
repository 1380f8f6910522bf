package com.growthhub.billing.internal.lines;

import java.util.Optional;

import org.springframework.stereotype.Service;

import com.growthhub.billing.internal.invoices.BillingAccess;
import com.growthhub.identity.ClientAccount;
import com.growthhub.identity.ClientAccounts;
import com.growthhub.messaging.PurchasedLines;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * The recurring charge for purchased lines, as the organization's billing page shows it: a client account pays its
 * agency's "Phone line" price (the installation's until the agency's first line invoice creates that product); any
 * other organization pays the installation's price, as part of its own subscription.
 */
@Service
public class PhoneLineCharges {

	private final PurchasedLines purchasedLines;

	private final ClientAccounts clientAccounts;

	private final PhoneLineProduct product;

	private final PhoneLineSettings settings;

	private final BillingAccess access;

	private final TenantTransactions transactions;

	PhoneLineCharges(PurchasedLines purchasedLines, ClientAccounts clientAccounts, PhoneLineProduct product,
			PhoneLineSettings settings, BillingAccess access, TenantTransactions transactions) {
		this.purchasedLines = purchasedLines;
		this.clientAccounts = clientAccounts;
		this.product = product;
		this.settings = settings;
		this.access = access;
		this.transactions = transactions;
	}

	public PhoneLineCharge current(OrganizationId organization, Actor actor) {
		access.read(organization, actor);
		PurchasedLines.Holding holding = purchasedLines.of(organization);
		Optional<ClientAccount> account = clientAccounts.ofClient(organization);
		if (account.isEmpty()) {
			return new PhoneLineCharge(holding.freeLinesIncluded(), holding.linesPurchased(), settings.monthlyPriceCents(),
					settings.currency(), false);
		}
		OrganizationId agency = account.get().agencyId();
		// The agency's price list is the agency's own; only its phone-line price is read here, for the account's page.
		Optional<PhoneLineProduct.Price> price = transactions.call(TenantScope.organization(agency, PhoneLineBilling.JOB),
				() -> product.find(agency));
		return new PhoneLineCharge(holding.freeLinesIncluded(), holding.linesPurchased(),
				price.map(PhoneLineProduct.Price::unitPriceCents).orElse(settings.monthlyPriceCents()),
				price.map(PhoneLineProduct.Price::currency).orElse(settings.currency()), true);
	}
}
