package com.growthhub.onboarding.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Reminds clients whose invitation link expires within {@code reminderBefore} and who have not set their password.
 * The stored hash cannot be turned back into a link, so the reminder carries a replacement link that expires at the
 * same time: the deadline stays, the newest email always holds the link that works.
 */
@Component
public class OnboardingReminders {

	private static final Actor JOB = new Actor.Job("onboarding-reminders");
	private static final int BATCH = 100;

	private final OnboardingTokens tokens;
	private final OnboardingProfiles profiles;
	private final OnboardingEmails emails;
	private final OnboardingSettings settings;
	private final TenantTransactions transactions;

	OnboardingReminders(OnboardingTokens tokens, OnboardingProfiles profiles, OnboardingEmails emails,
			OnboardingSettings settings, TenantTransactions transactions) {
		this.tokens = tokens;
		this.profiles = profiles;
		this.emails = emails;
		this.settings = settings;
		this.transactions = transactions;
	}

	/** Sends what is due; answers how many reminders went out. */
	public int sendDue() {
		int sent = 0;
		List<OnboardingTokens.Link> due;
		do {
			due = transactions.call(TenantScope.system(JOB), () -> {
				List<OnboardingTokens.Link> claimed = tokens.claimDueForReminder(settings.reminderBefore(), BATCH);
				claimed.forEach(this::remind);
				return claimed;
			});
			sent += due.size();
		}
		while (due.size() == BATCH);
		return sent;
	}

	private void remind(OnboardingTokens.Link link) {
		profiles.find(link.agency(), link.profileId())
			.filter(profile -> !profile.completed() && profile.activatedAt() == null)
			.ifPresent(profile -> emails.remind(profile, tokens.issue(link.agency(), profile.id(), link.expiresAt(), true)));
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> onboardingRemindersTask(OnboardingReminders reminders, OnboardingSettings settings) {
			return Tasks.recurring("onboarding-reminders", FixedDelay.of(settings.reminderInterval()))
				.execute((instance, context) -> reminders.sendDue());
		}
	}
}
