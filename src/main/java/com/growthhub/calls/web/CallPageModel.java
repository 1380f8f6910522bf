package com.growthhub.calls.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.growthhub.calls.internal.CallCategory;
import com.growthhub.calls.internal.CallInbox;
import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.DashboardChart;
import com.growthhub.shared.OrganizationId;

/** What the call pages show beside the calls: contacts' names, the chart of categories over time, the choices. */
@Component
class CallPageModel {

	private static final int CHART_DAYS = 30;

	private final CallInbox inbox;
	private final ContactDirectory contacts;
	private final MessageSource messages;

	CallPageModel(CallInbox inbox, ContactDirectory contacts, MessageSource messages) {
		this.inbox = inbox;
		this.contacts = contacts;
		this.messages = messages;
	}

	void addContactNames(OrganizationId organization, Actor actor, Model model, Collection<CallInbox.CallSummary> calls) {
		List<ContactId> ids = calls.stream().map(CallInbox.CallSummary::contactId).filter(Objects::nonNull)
			.distinct().map(ContactId::of).toList();
		Map<UUID, String> names = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			contacts.names(organization, actor, ids).forEach((id, name) -> names.put(id.value(), name));
		}
		model.addAttribute("contactNames", names);
		model.addAttribute("categories", CallCategory.values());
	}

	void addContact(OrganizationId organization, Actor actor, Model model, @Nullable UUID contactId) {
		String name = contactId == null ? null
				: contacts.names(organization, actor, List.of(ContactId.of(contactId))).get(ContactId.of(contactId));
		model.addAttribute("contactName", name);
	}

	/** Calls per category per day over the last 30 days, one series per category that had calls. */
	void addChart(OrganizationId organization, Actor actor, Model model) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate first = today.minusDays(CHART_DAYS - 1L);
		Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
		List<CallInbox.Period> periods = inbox.stats(organization, actor, CallInbox.Interval.DAY, from,
				Instant.now().plus(1, ChronoUnit.MINUTES));
		List<String> labels = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			labels.add(day.toString());
		}
		List<DashboardChart.Series> series = new ArrayList<>();
		for (CallCategory category : CallCategory.values()) {
			List<Long> values = labels.stream().map(day -> periods.stream().filter(p -> p.period().equals(day)).findFirst()
				.map(p -> p.counts().getOrDefault(category.key(), 0L)).orElse(0L)).toList();
			if (values.stream().anyMatch(v -> v > 0)) {
				series.add(new DashboardChart.Series(
						messages.getMessage("calls.category." + category.key(), null, LocaleContextHolder.getLocale()), values));
			}
		}
		model.addAttribute("chart", series.isEmpty() ? null : DashboardChart.bars(labels, series, null));
	}
}
