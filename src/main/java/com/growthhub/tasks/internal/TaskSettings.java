package com.growthhub.tasks.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import com.growthhub.platform.files.UploadPolicy;

/**
 * Task settings ({@code growthhub.tasks.*}).
 *
 * @param archiveAfter how long a done item stays on its board before it is archived (seed: 30 days)
 * @param purgeAfter how long an archived item is kept before it is deleted for good
 *        ({@code GROWTHHUB_TASKS_PURGE_AFTER}, one year)
 * @param retentionInterval how often the archive-and-purge job runs
 * @param attachmentMaxSize the largest attachment accepted
 */
@ConfigurationProperties("growthhub.tasks")
public record TaskSettings(@DefaultValue("30d") Duration archiveAfter, @DefaultValue("365d") Duration purgeAfter,
		@DefaultValue("1h") Duration retentionInterval, @DefaultValue("25MB") DataSize attachmentMaxSize) {

	/** Documents, images, spreadsheets and archives people pass around with work. */
	public UploadPolicy attachmentPolicy() {
		return UploadPolicy.of("task-attachment", attachmentMaxSize, "image/jpeg", "image/png", "image/gif", "image/webp",
				"application/pdf", "text/plain", "text/csv", "application/zip",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/msword",
				"application/vnd.ms-excel", "application/x-tika-ooxml", "application/x-tika-msoffice");
	}
}
