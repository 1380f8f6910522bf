package com.growthhub.billing.internal.lines;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.billing.internal.invoices.InvoiceDraft;
import com.growthhub.billing.internal.invoices.InvoiceIssuing;
import com.growthhub.billing.internal.invoices.InvoiceLine;
import com.growthhub.billing.internal.invoices.Invoices;
import com.growthhub.contacts.ContactDirectory;
import com.growthhub.identity.ClientAccount;
import com.growthhub.identity.ClientAccounts;
import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.messaging.PurchasedLines;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Bills purchased lines once a month: each client account that holds lines beyond its plan's free ones gets an
 * invoice from its agency, one line "Phone line" with the number of those lines as quantity, billed in advance for the
 * month and not prorated (a line bought during the month is free until the next invoice; one released is off the next
 * invoice). Organizations without an agency are not invoiced here: their lines are a recurring charge on their own
 * billing page. Safe to run any number of times: a month is billed once per account (see V223).
 */
@Service
public class PhoneLineBilling {

	private static final Logger log = LoggerFactory.getLogger(PhoneLineBilling.class);

	static final Actor JOB = new Actor.Job("phone-line-invoices");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private final PurchasedLines purchasedLines;

	private final ClientAccounts clientAccounts;

	private final ContactDirectory contacts;

	private final Invoices invoices;

	private final InvoiceIssuing issuing;

	private final PhoneLineProduct product;

	private final PhoneLineSettings settings;

	private final TenantTransactions transactions;

	private final JdbcClient jdbc;

	private final Members members;

	PhoneLineBilling(PurchasedLines purchasedLines, ClientAccounts clientAccounts, ContactDirectory contacts,
			Invoices invoices, InvoiceIssuing issuing, PhoneLineProduct product, PhoneLineSettings settings,
			TenantTransactions transactions, JdbcClient jdbc, Members members) {
		this.members = members;
		this.purchasedLines = purchasedLines;
		this.clientAccounts = clientAccounts;
		this.contacts = contacts;
		this.invoices = invoices;
		this.issuing = issuing;
		this.product = product;
		this.settings = settings;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/** Bills {@code month} to every client account not yet billed for it; answers how many invoices were made. */
	public int billMonth(YearMonth month) {
		int made = 0;
		for (PurchasedLines.Holding holding : purchasedLines.holdings()) {
			Optional<ClientAccount> account = clientAccounts.ofClient(holding.organization());
			if (account.isEmpty()) {
				continue;
			}
			try {
				if (bill(account.get(), holding.linesPurchased(), holding.freeLinesIncluded(), month).isPresent()) {
					made++;
				}
			}
			catch (RuntimeException ex) {
				// One account's failure (its contact refused by the agency's rules) must not stop the others; the claim
				// rolled back with it, so the next run tries again.
				log.warn("Phone lines of account {} for {} not billed", account.get().id(), month, ex);
			}
		}
		return made;
	}

	/** The invoice made for the account and month, or empty when that month was billed before. */
	Optional<UUID> bill(ClientAccount account, int lines, int freeLines, YearMonth month) {
		OrganizationId agency = account.agencyId();
		if (billed(agency, account.id(), month)) {
			return Optional.empty();
		}
		ContactDirectory.Addressee customer = customer(agency, account);
		return transactions.call(TenantScope.organization(agency, JOB), () -> {
			int claimed = jdbc.sql("""
					insert into phone_line_invoices (organization_id, client_organization_id, month, lines_billed)
					values (?, ?, ?, ?) on conflict do nothing""")
				.params(agency.value(), account.id().value(), month.atDay(1), lines).update();
			if (claimed == 0) {
				return Optional.<UUID>empty();
			}
			PhoneLineProduct.Price price = product.ensure(agency);
			InvoiceLine line = new InvoiceLine(price.name() + " — " + month.format(MONTH), BigDecimal.valueOf(lines),
					price.unitPriceCents(), price.taxRate(), null, null, price.productId());
			String notes = "Phone lines of " + account.name() + " for " + month.format(MONTH) + ": " + lines
					+ " beyond the " + freeLines + " included in the plan, billed in advance.";
			UUID invoice = invoices.create(agency, JOB, new InvoiceDraft(customer.id().value(), price.currency(), null,
					notes, List.of(line))).id();
			jdbc.sql("""
					update phone_line_invoices set invoice_id = ?
					where organization_id = ? and client_organization_id = ? and month = ?""")
				.params(invoice, agency.value(), account.id().value(), month.atDay(1)).update();
			if (settings.issue()) {
				issuing.issue(agency, JOB, invoice);
			}
			return Optional.of(invoice);
		});
	}

	private boolean billed(OrganizationId agency, OrganizationId client, YearMonth month) {
		return transactions.call(TenantScope.organization(agency, JOB), () -> jdbc.sql("""
				select exists (select 1 from phone_line_invoices
				  where organization_id = ? and client_organization_id = ? and month = ?)""")
			.params(agency.value(), client.value(), month.atDay(1)).query(Boolean.class).single());
	}

	/**
	 * The account's contact person, as a contact of the agency (found by email, else created). A contact is always
	 * created by a person: here by the agency's owner, who answers for its client accounts.
	 */
	private ContactDirectory.Addressee customer(OrganizationId agency, ClientAccount account) {
		UUID owner = transactions.call(TenantScope.organization(agency, JOB), () -> members.list(agency)).stream()
			.filter(member -> member.role() == Role.OWNER)
			.map(Members.Member::userId)
			.min(UUID::compareTo)
			.orElseThrow(() -> new IllegalStateException("Agency " + agency + " has no owner"));
		String name = account.contactName().strip();
		int space = name.indexOf(' ');
		String first = space < 0 ? name : name.substring(0, space);
		String last = space < 0 ? null : name.substring(space + 1);
		return contacts.findOrCreate(agency, new Actor.User(owner), first, last, account.contactEmail());
	}
}
