package com.growthhub.billing.web;

import java.util.List;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.billing.internal.payments.PaymentAccess;
import com.growthhub.billing.internal.payments.reminders.PaymentReminders;
import com.growthhub.billing.internal.payments.reminders.ReminderSchedule;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@RestController
@RequestMapping("/api/v1/payment-reminders")
@Validated
@Tag(name = "Payments")
class PaymentReminderApiController {

	private final PaymentReminders reminders;

	private final PaymentAccess access;

	PaymentReminderApiController(PaymentReminders reminders, PaymentAccess access) {
		this.reminders = reminders;
		this.access = access;
	}

	record ScheduleRequest(@NotNull Boolean enabled, @NotNull List<Integer> offsets) {
	}

	@GetMapping
	@Operation(summary = "The payment reminder schedule: offsets are days relative to an invoice's due date (-3: three "
			+ "days before, 7: a week late); each reminder is sent once, none after the invoice is paid or void")
	ReminderSchedule get(OrganizationId organization, Actor actor) {
		access.checkRead(organization, actor);
		return reminders.schedule(organization, actor);
	}

	@PutMapping
	@Operation(summary = "Replace the payment reminder schedule (managers and up): 1 to 10 offsets between -60 and 365")
	ReminderSchedule put(OrganizationId organization, Actor actor, @Valid @RequestBody ScheduleRequest request) {
		access.checkManage(organization, actor);
		ReminderSchedule schedule = new ReminderSchedule(request.enabled(), request.offsets());
		reminders.save(organization, actor, schedule);
		return schedule;
	}
}
