package com.growthhub.platform.search;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The pages of the web app by their titles, so "audit" or "tags" in the palette goes straight to the page. The same
 * places the sidebar and the settings menu link to; a page the person may not open answers them as it always does.
 */
@Component
class NavigationPages implements SearchSource {

	private record Page(String titleKey, String path) {
	}

	private static final List<Page> PAGES = List.of(new Page("nav.dashboard", "/"), new Page("nav.contacts", "/contacts"),
			new Page("search.page.newContact", "/contacts/new"), new Page("search.page.duplicates", "/contacts/duplicates"),
			new Page("search.page.trash", "/contacts?deleted=true"), new Page("search.page.imports", "/imports"),
			new Page("nav.deals", "/deals"), new Page("search.page.pipelines", "/pipelines"),
			new Page("search.page.services", "/services"), new Page("nav.journeys", "/journeys"),
			new Page("search.page.activeClients", "/active-clients"),
			new Page("search.page.journeyTemplates", "/journeys/templates"),
			new Page("nav.events", "/events"), new Page("search.page.eventCalendar", "/events/calendar"),
			new Page("search.page.media", "/media"), new Page("search.page.mediaCollections", "/media/collections"),
			new Page("search.page.notifications", "/notifications"), new Page("search.page.profile", "/settings/profile"),
			new Page("search.page.security", "/settings/security"),
			new Page("search.page.notificationSettings", "/settings/notifications"),
			new Page("search.page.apiTokens", "/settings/api-tokens"),
			new Page("search.page.organization", "/settings/organization"),
			new Page("search.page.members", "/settings/members"),
			new Page("search.page.contactFields", "/settings/contact-fields"),
			new Page("search.page.tagsLists", "/settings/tags-lists"), new Page("search.page.auditLog", "/settings/audit-log"),
			new Page("search.page.emailLog", "/settings/email-log"));

	private final MessageSource messages;

	NavigationPages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "page";
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public List<SearchHit> search(OrganizationId organization, Actor actor, String query, int limit) {
		Locale locale = LocaleContextHolder.getLocale();
		String wanted = query.toLowerCase(locale);
		return PAGES.stream()
			.map(page -> new SearchHit(kind(), messages.getMessage(page.titleKey(), null, page.titleKey(), locale), null,
					page.path()))
			.filter(hit -> hit.label().toLowerCase(locale).contains(wanted))
			.limit(limit)
			.toList();
	}
}
