package com.growthhub.forms.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * The job system's drain of the submission queue: every poll interval one node processes what is due (retries,
 * released submissions, those queued on a node that died). Fresh submissions do not wait: their node is nudged.
 */
@Configuration(proxyBeanMethods = false)
class FormJobs {

	@Bean
	RecurringTask<Void> formSubmissionsTask(SubmissionProcessor processor, FormSettingsProperties settings) {
		return Tasks.recurring("form-submissions", FixedDelay.of(settings.pollInterval()))
			.execute((instance, context) -> processor.drain());
	}
}
