package com.growthhub.forms.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.forms.SpamScreen;

/** {@link SpamScreen} with the intake's own pieces: its rate limits and its signed render stamps. */
@Component
class SpamScreening implements SpamScreen {

	private final RenderStamp stamps;
	private final SubmissionLimits limits;

	SpamScreening(RenderStamp stamps, SubmissionLimits limits) {
		this.stamps = stamps;
		this.limits = limits;
	}

	@Override
	public String stamp(UUID scope) {
		return stamps.issue(scope);
	}

	@Override
	public List<String> screen(UUID scope, String address, @Nullable String honeypot, @Nullable String stamp,
			int minimumFillSeconds) {
		limits.take(scope, address);
		List<String> signs = new ArrayList<>();
		if (honeypot != null && !honeypot.isBlank()) {
			signs.add("honeypot");
		}
		Instant start = stamp == null ? null : stamps.verify(scope, stamp).orElse(null);
		if (stamp != null && start == null) {
			signs.add("forged_render_time");
		}
		if (start != null && minimumFillSeconds > 0
				&& Duration.between(start, stamps.now()).toMillis() < minimumFillSeconds * 1000L) {
			signs.add("too_fast");
		}
		return signs;
	}
}
