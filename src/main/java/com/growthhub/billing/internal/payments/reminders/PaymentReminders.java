package com.growthhub.billing.internal.payments.reminders;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.billing.internal.invoices.InvoiceDocuments;
import com.growthhub.billing.internal.invoices.InvoiceView;
import com.growthhub.contacts.ContactDirectory;
import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.MoneyFormat;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.ServerAddress;
import com.growthhub.shared.OrganizationId;

/**
 * Sends payment reminders of unpaid invoices by each organization's schedule. An invoice that was issued late and has
 * several reminders due at once gets only the latest (the others are marked sent); one that is paid or void gets none.
 */
@Component
public class PaymentReminders {

	private static final Actor JOB = new Actor.Job("payment-reminders");

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final TenantTransactions transactions;

	private final InvoiceDocuments invoices;

	private final Outbox outbox;

	private final MoneyFormat money;

	private final ServerAddress server;

	PaymentReminders(JdbcClient jdbc, TenantTransactions transactions, InvoiceDocuments invoices, Outbox outbox,
			MoneyFormat money, ServerAddress server) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.invoices = invoices;
		this.outbox = outbox;
		this.money = money;
		this.server = server;
	}

	record Due(UUID organizationId, UUID invoiceId, int offsetDays) {
	}

	public ReminderSchedule schedule(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> jdbc.sql(
				"select enabled, offsets from payment_reminder_settings where organization_id = ?")
			.param(organization.value())
			.query((rs, row) -> new ReminderSchedule(rs.getBoolean("enabled"), offsets(rs.getArray("offsets"))))
			.optional()
			.orElse(ReminderSchedule.DEFAULT));
	}

	public void save(OrganizationId organization, Actor actor, ReminderSchedule schedule) {
		transactions.run(organization, actor, () -> jdbc.sql("""
				insert into payment_reminder_settings (organization_id, enabled, offsets) values (?, ?, ?::int[])
				on conflict (organization_id) do update set enabled = excluded.enabled, offsets = excluded.offsets,
				  updated_at = now()""")
			.params(organization.value(), schedule.enabled(), "{" + String.join(",", schedule.offsets().stream().map(String::valueOf).toList()) + "}")
			.update());
	}

	/** Sends the reminders due on {@code today}; answers how many were sent. */
	public int sendDue(LocalDate today) {
		List<Due> due = transactions.call(TenantScope.system(JOB), () -> jdbc.sql("""
				select i.organization_id, i.id as invoice_id, max(o.offset_days) as offset_days
				from invoices i
				left join payment_reminder_settings s on s.organization_id = i.organization_id
				cross join lateral unnest(coalesce(s.offsets, '{-3,0,3,7}'::int[])) as o(offset_days)
				where i.status in ('open', 'partially_paid') and i.amount_due_cents > 0 and i.due_date is not null
				  and i.due_date <= ?::date + 60 -- no reminder comes earlier than 60 days before (ReminderSchedule)
				  and coalesce(s.enabled, true) and i.due_date + o.offset_days <= ?
				  and not exists (select 1 from payment_reminders_sent r where r.invoice_id = i.id and r.offset_days = o.offset_days)
				group by i.organization_id, i.id
				limit ?""")
			.params(today, today, BATCH).query(Due.class).list());
		int sent = 0;
		for (Due reminder : due) {
			if (send(OrganizationId.of(reminder.organizationId()), reminder.invoiceId(), reminder.offsetDays(), today)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean send(OrganizationId organization, UUID invoiceId, int offsetDays, LocalDate today) {
		return transactions.callInNewTransaction(TenantScope.organization(organization, JOB), () -> {
			int claimed = jdbc.sql("""
					insert into payment_reminders_sent (organization_id, invoice_id, offset_days)
					select ?, ?, o from unnest(coalesce((select offsets from payment_reminder_settings where organization_id = ?),
					    '{-3,0,3,7}'::int[])) as o where o <= ?
					on conflict do nothing""")
				.params(organization.value(), invoiceId, organization.value(), offsetDays).update();
			if (claimed == 0) {
				return false;
			}
			Map<String, Object> document;
			try {
				document = invoices.model(organization, invoiceId);
			}
			catch (NotFoundException ex) {
				return false; // the contact is gone: nobody to remind
			}
			InvoiceView invoice = (InvoiceView) document.get("invoice");
			ContactDirectory.Addressee customer = (ContactDirectory.Addressee) document.get("customer");
			if (customer.email() == null || invoice.amountDueCents() == 0) {
				return false;
			}
			String amount = money.format(invoice.amountDueCents(), invoice.currency());
			String when = invoice.dueDate().isAfter(today) ? "is due on " + invoice.dueDate()
					: invoice.dueDate().isEqual(today) ? "is due today" : "was due on " + invoice.dueDate();
			outbox.enqueue(new EmailRequest(organization, null, customer.email(), "notification",
					"Payment reminder: invoice " + invoice.number(),
					Map.of("title", "Invoice " + invoice.number() + " " + when,
							"body", "Hello " + customer.name() + ", " + amount + " of invoice " + invoice.number() + " " + when
									+ ". You can view and pay it online.",
							"link", server.baseUrl() + "/i/" + invoice.publicToken()),
					null).toContact(customer.id().value()));
			return true;
		});
	}

	private static List<Integer> offsets(Array array) throws SQLException {
		return List.of((Integer[]) array.getArray());
	}
}
