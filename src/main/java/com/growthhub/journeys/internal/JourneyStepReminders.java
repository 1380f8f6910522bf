package com.growthhub.journeys.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Members;
import com.growthhub.messaging.Notifications;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Tells each assignee about their open journey steps due today, once per step: {@code notified_at} is set in
 * the same transaction as the notification, so a rerun (or a second node) skips it.
 */
@Service
public class JourneyStepReminders {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Members members;
	private final Notifications notifications;

	JourneyStepReminders(JdbcClient jdbc, TenantTransactions transactions, Members members, Notifications notifications) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.members = members;
		this.notifications = notifications;
	}

	record DueStep(UUID id, UUID organizationId, UUID journeyId, String title, String journeyName,
			UUID assigneeId) {
	}

	/** Notifies every organization's assignees of steps due today; answers how many steps were notified. */
	public int notifyDueToday() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		return transactions.call(TenantScope.system(new Actor.Job("journey-step-reminders")), () -> {
			List<DueStep> due = jdbc.sql("""
					select s.id, s.organization_id, s.journey_id, s.title, j.name as journey_name, s.assignee_id
					from journey_steps s join journeys j on j.id = s.journey_id
					where s.due_on = ? and s.done_at is null and s.notified_at is null and s.assignee_id is not null
					  and j.status in ('PENDING', 'IN_PROGRESS')
					order by s.organization_id
					for update of s skip locked
					""").param(today).query(DueStep.class).list();
			for (DueStep step : due) {
				OrganizationId organization = OrganizationId.of(step.organizationId());
				members.find(organization, step.assigneeId())
					.ifPresent(m -> notifications.send(organization, List.of(new Notifications.Recipient(m.userId(), m.email())),
							JourneyNotificationTypes.JOURNEY_STEP_DUE, "Step due today: " + step.title(),
							"\"" + step.title() + "\" in the journey " + step.journeyName() + " is due today.",
							"/journeys/" + step.journeyId()));
				jdbc.sql("update journey_steps set notified_at = now() where id = ?").param(step.id()).update();
			}
			return due.size();
		});
	}
}
