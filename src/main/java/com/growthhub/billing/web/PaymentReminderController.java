package com.growthhub.billing.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.billing.internal.payments.PaymentAccess;
import com.growthhub.billing.internal.payments.reminders.OverdueInvoices;
import com.growthhub.billing.internal.payments.reminders.PaymentReminders;
import com.growthhub.billing.internal.payments.reminders.ReminderSchedule;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** The overdue list and the payment reminder schedule's settings form. */
@Controller
class PaymentReminderController {

	private final OverdueInvoices overdue;

	private final PaymentReminders reminders;

	private final PaymentAccess access;

	PaymentReminderController(OverdueInvoices overdue, PaymentReminders reminders, PaymentAccess access) {
		this.overdue = overdue;
		this.reminders = reminders;
		this.access = access;
	}

	@GetMapping("/billing/overdue")
	String overdue(OrganizationId organization, Actor actor, Model model) {
		access.checkRead(organization, actor);
		model.addAttribute("invoices", overdue.list(organization, actor, LocalDate.now(ZoneOffset.UTC)));
		model.addAttribute("schedule", reminders.schedule(organization, actor));
		return "billing/payment-overdue";
	}

	@PostMapping("/billing/reminders")
	String save(OrganizationId organization, Actor actor, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam String offsets, RedirectAttributes redirect) {
		access.checkManage(organization, actor);
		try {
			reminders.save(organization, actor, ReminderSchedule.parse(enabled, offsets));
			redirect.addFlashAttribute("scheduleSaved", Boolean.TRUE);
		}
		catch (ReminderSchedule.InvalidScheduleException ex) {
			redirect.addFlashAttribute("scheduleError", ex.getMessage());
		}
		return "redirect:/billing/overdue";
	}
}
