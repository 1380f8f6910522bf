package com.growthhub.masterclasses.internal.transcripts;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.growthhub.shared.OrganizationId;

/** The job system's task for one speech-to-text run, keyed by {@code <organization>/<run>}. */
@Configuration(proxyBeanMethods = false)
class TranscriptionTask {

	@Bean
	OneTimeTask<String> masterclassTranscriptionTask(SpeechTranscriptions transcriptions) {
		return Tasks.oneTime(SpeechTranscriptions.TASK).execute((instance, context) -> {
			String[] parts = instance.getData().split("/");
			transcriptions.run(OrganizationId.of(UUID.fromString(parts[0])), UUID.fromString(parts[1]));
		});
	}
}
