package com.growthhub.contacts.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.contacts.internal.Contacts;
import com.growthhub.contacts.internal.search.ContactQuery;
import com.growthhub.contacts.internal.search.ContactSearch;
import com.growthhub.contacts.internal.search.SavedViews;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/**
 * Contacts: the searchable, filterable list with keyset pages, how many contacts it has, column headings that sort
 * it, and the trash with its Restore buttons. Which columns show is the browser's choice (contacts/columns.js).
 */
@Controller
class ContactListController {

	static final int PAGE_SIZE = 25;

	private final ContactSearch search;
	private final Contacts contacts;
	private final ContactChoices choices;
	private final SavedViews views;

	ContactListController(ContactSearch search, Contacts contacts, ContactChoices choices, SavedViews views) {
		this.search = search;
		this.contacts = contacts;
		this.choices = choices;
		this.views = views;
	}

	/** The list's query string; every value is optional, {@code owner} is {@code mine} or a member's id. */
	record ContactFilter(@Nullable String q, @Nullable ContactType type, @Nullable String status, @Nullable UUID tag,
			@Nullable UUID list, @Nullable String owner, @Nullable String source, @Nullable String sort,
			@Nullable String cursor, @Nullable Boolean deleted, @Nullable UUID campaign) {

		ContactFilter {
			// An absent parameter means the live list, not a binding error.
			deleted = Boolean.TRUE.equals(deleted);
		}

		/** @param me the person looking, whom {@code owner=mine} stands for */
		ContactQuery toQuery(@Nullable UUID me) {
			return new ContactQuery(blankToNull(q), type, blankToNull(status), tag, list,
					ownerId(me), blankToNull(source), null, null, null, Map.of(),
					ContactQuery.Sort.fromKey(sort), blankToNull(cursor), PAGE_SIZE, Boolean.TRUE.equals(deleted), campaign);
		}

		/**
		 * {@code mine} (that is {@code me}) or a member's id; anything else filters nothing rather than failing the
		 * page.
		 */
		public @Nullable UUID ownerId(@Nullable UUID me) {
			if ("mine".equals(owner)) {
				return me;
			}
			try {
				return owner == null || owner.isBlank() ? null : UUID.fromString(owner.strip());
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		/** The list's URL with these filters, without the page cursor: where an action on the list goes back to. */
		String url() {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/contacts");
			add(url, "q", blankToNull(q));
			add(url, "type", type == null ? null : type.key());
			add(url, "status", blankToNull(status));
			add(url, "tag", tag);
			add(url, "list", list);
			add(url, "owner", blankToNull(owner));
			add(url, "source", blankToNull(source));
			add(url, "campaign", campaign);
			add(url, "sort", blankToNull(sort));
			add(url, "deleted", Boolean.TRUE.equals(deleted) ? true : null);
			return url.encode().build().toUriString();
		}

		/** Where a click on the heading of column {@code key} goes: sorted by it, or by it the other way round. */
		public String sortUrl(String key) {
			ContactQuery.Sort next = order().next(ContactQuery.Sort.fromKey(key).key());
			return new ContactFilter(q, type, status, tag, list, owner, source, next.parameter(), null, deleted, campaign).url();
		}

		/** The heading's {@code aria-sort}: only the column the list is sorted by has one. */
		public @Nullable String ariaSort(String key) {
			ContactQuery.Sort current = order();
			if (current.key() != ContactQuery.Sort.fromKey(key).key()) {
				return null;
			}
			return current.descending() ? "descending" : "ascending";
		}

		private ContactQuery.Sort order() {
			return ContactQuery.Sort.fromKey(sort);
		}

		private static void add(UriComponentsBuilder url, String name, @Nullable Object value) {
			if (value != null) {
				url.queryParam(name, value);
			}
		}

		public boolean filtered() {
			return blankToNull(q) != null || type != null || blankToNull(status) != null || tag != null || list != null
					|| blankToNull(owner) != null || blankToNull(source) != null;
		}

		private static @Nullable String blankToNull(@Nullable String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}
	}

	/**
	 * One URL, three answers: the page; for htmx with a cursor, the next rows to append; for htmx without
	 * one (a filter changed), the results table. A history restore asks for the full page.
	 */
	@GetMapping("/contacts")
	String list(OrganizationId organization, Actor actor, @ModelAttribute("filter") ContactFilter filter,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore, Model model) {
		model.addAttribute("page", search.find(organization, actor, filter.toQuery(actor.userId())));
		choices.addTo(model, organization);
		// The results carry the bulk bar, which offers the lists too.
		model.addAttribute("lists", choices.lists(organization));
		if (htmx == null || restore != null) {
			model.addAttribute("views", views.list(organization, actor));
			return "contacts/list";
		}
		return filter.cursor() != null && !filter.cursor().isBlank() ? "contacts/list :: rows" : "contacts/list :: results";
	}

	@PostMapping("/contacts/{id}/restore")
	String restore(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			contacts.restore(organization, actor, id);
		}
		catch (ContactConflictException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/contacts?deleted=true";
		}
		redirect.addFlashAttribute("notice", "contacts.restored");
		return "redirect:/contacts/" + id;
	}
}
