package com.growthhub.analytics.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.growthhub.analytics.CampaignPlatform;
import com.growthhub.analytics.CampaignStatus;
import com.growthhub.analytics.internal.CampaignDraft;
import com.growthhub.analytics.internal.CampaignView;
import com.growthhub.analytics.internal.KpiEventInputException;

/** The campaign form of the page, as typed (dates and enum keys as text, checked when read). */
record CampaignForm(@Nullable String name, @Nullable String platform, @Nullable String status,
		@Nullable String startsOn, @Nullable String endsOn, @Nullable String currency, @Nullable String utmSource,
		@Nullable String utmMedium, @Nullable String utmCampaign) {

	static final CampaignForm EMPTY = new CampaignForm("", "other", "active", "", "", "USD", "", "", "");

	static CampaignForm of(CampaignView view) {
		return new CampaignForm(view.name(), view.platform().key(), view.status().key(), text(view.startsOn()),
				text(view.endsOn()), view.currency(), view.utmSource(), view.utmMedium(), view.utmCampaign());
	}

	CampaignDraft toDraft() {
		return new CampaignDraft(name, choice(CampaignPlatform.class, "platform", platform),
				choice(CampaignStatus.class, "status", status), date("startsOn", startsOn), date("endsOn", endsOn),
				currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT), utmSource, utmMedium,
				utmCampaign);
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> type, String field, @Nullable String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, key.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw KpiEventInputException.campaignField(field, "is not one of the choices");
		}
	}

	private static @Nullable LocalDate date(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (RuntimeException ex) {
			throw KpiEventInputException.campaignField(field, "must be a date (yyyy-mm-dd)");
		}
	}

	private static String text(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}
}
