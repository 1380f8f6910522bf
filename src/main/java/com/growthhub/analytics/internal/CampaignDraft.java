package com.growthhub.analytics.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.growthhub.analytics.CampaignPlatform;
import com.growthhub.analytics.CampaignStatus;

/** A campaign's editable values, checked by {@link #check()} before they are stored. */
public record CampaignDraft(@Nullable String name, @Nullable CampaignPlatform platform, @Nullable CampaignStatus status,
		@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String currency, @Nullable String utmSource,
		@Nullable String utmMedium, @Nullable String utmCampaign) {

	public CampaignDraft {
		name = trim(name);
		currency = currency == null || currency.isBlank() ? "USD" : currency.strip();
		utmSource = trim(utmSource);
		utmMedium = trim(utmMedium);
		utmCampaign = trim(utmCampaign);
		platform = platform == null ? CampaignPlatform.OTHER : platform;
		status = status == null ? CampaignStatus.ACTIVE : status;
	}

	public static CampaignDraft of(CampaignView view) {
		return new CampaignDraft(view.name(), view.platform(), view.status(), view.startsOn(), view.endsOn(),
				view.currency(), view.utmSource(), view.utmMedium(), view.utmCampaign());
	}

	void check() {
		if (name == null || name.length() > 200) {
			throw KpiEventInputException.campaignField("name", "is required, up to 200 characters");
		}
		if (!currency.matches("[A-Z]{3}")) {
			throw KpiEventInputException.campaignField("currency", "must be an ISO 4217 code such as USD");
		}
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			throw KpiEventInputException.campaignField("endsOn", "must not be before startsOn");
		}
		for (String[] utm : new String[][] { { "utmSource", utmSource }, { "utmMedium", utmMedium },
				{ "utmCampaign", utmCampaign } }) {
			if (utm[1] != null && utm[1].length() > 200) {
				throw KpiEventInputException.campaignField(utm[0], "must have at most 200 characters");
			}
		}
	}

	private static @Nullable String trim(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
