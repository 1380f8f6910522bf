package com.growthhub.forms.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What happens around a submission: what the person sees after sending, who is told, what the new lead gets (list,
 * tags, owner, a deal in a pipeline stage, a source label), where the form may be embedded, and its spam layers.
 */
public record FormSettings(@Nullable String successMessage, @Nullable String redirectUrl, List<UUID> notifyUserIds,
		@Nullable UUID listId, List<UUID> tagIds, @Nullable UUID ownerId, @Nullable UUID pipelineId,
		@Nullable UUID stageId, @Nullable String sourceLabel, List<String> allowedDomains, @Nullable Boolean proofOfWork,
		@Nullable Integer minFillSeconds) {

	public static final FormSettings DEFAULT = new FormSettings(null, null, List.of(), null, List.of(), null, null, null,
			null, List.of(), true, 3);

	public FormSettings {
		notifyUserIds = notifyUserIds == null ? List.of() : List.copyOf(notifyUserIds);
		tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
		allowedDomains = allowedDomains == null ? List.of() : List.copyOf(allowedDomains);
		proofOfWork = proofOfWork == null ? Boolean.TRUE : proofOfWork;
		minFillSeconds = minFillSeconds == null ? 3 : minFillSeconds;
	}

	/** These settings with no proof of work asked: for the builder's preview, which has no challenge to solve. */
	public FormSettings withoutProofOfWork() {
		return new FormSettings(successMessage, redirectUrl, notifyUserIds, listId, tagIds, ownerId, pipelineId, stageId,
				sourceLabel, allowedDomains, false, minFillSeconds);
	}

	public boolean requiresProofOfWork() {
		return Boolean.TRUE.equals(proofOfWork);
	}

	public int minimumFillSeconds() {
		return minFillSeconds == null ? 0 : minFillSeconds;
	}
}
