package com.growthhub.expenses.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.eventplanning.EventDirectory;
import com.growthhub.identity.Members;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.identity.Role;
import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFile;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.files.UploadRefusedException;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Writing and reading expenses: drafts with or without a receipt, changes under {@link ExpenseRules}, receipts
 * replaced, lists a person may see. A receipt is streamed to the file store before the expense's transaction opens,
 * and removed again if the expense cannot be written.
 */
@Service
public class Expenses {

	private final ExpenseRepository repository;
	private final TenantTransactions transactions;
	private final ExpenseCategories categories;
	private final Members members;
	private final OrganizationPreferences preferences;
	private final StoredFiles files;
	private final ReceiptJobs receiptJobs;
	private final ExpenseSettings settings;
	private final EventDirectory events;

	Expenses(ExpenseRepository repository, TenantTransactions transactions, ExpenseCategories categories, Members members,
			OrganizationPreferences preferences, StoredFiles files, ReceiptJobs receiptJobs, ExpenseSettings settings,
			EventDirectory events) {
		this.repository = repository;
		this.events = events;
		this.transactions = transactions;
		this.categories = categories;
		this.members = members;
		this.preferences = preferences;
		this.files = files;
		this.receiptJobs = receiptJobs;
		this.settings = settings;
	}

	/** A receipt as it arrives: the caller closes the stream. */
	public record Upload(InputStream content, @Nullable String name) {
	}

	public record Page(List<ExpenseView> items, @Nullable String nextCursor) {
	}

	/**
	 * What a person writes on an expense. {@code title} may be left out only with a receipt (it becomes "Receipt");
	 * {@code currency} defaults to the organization's.
	 */
	public record Draft(@Nullable String title, @Nullable String description, @Nullable String merchant,
			@Nullable Long amountCents, @Nullable String currency, @Nullable UUID categoryId, @Nullable ExpenseType type,
			@Nullable LocalDate spentOn, @Nullable UUID eventId, @Nullable String campaign) {
	}

	public ExpenseView create(OrganizationId organization, Actor actor, Draft draft, @Nullable Upload receipt) {
		UUID author = actor.requireUserId();
		ExpenseRules.Viewer viewer = viewer(organization, actor);
		ExpenseRepository.Fields fields = fields(organization, draft, receipt != null);
		ExpenseRepository.ReceiptFile stored = receipt == null ? null : store(organization, receipt);
		UUID id = Ids.next();
		try {
			transactions.run(organization, actor, () -> {
				checkCategory(organization, fields.categoryId());
				checkEvent(organization, fields.eventId());
				repository.insert(organization, id, author, fields, stored);
				if (stored != null) {
					receiptJobs.read(organization, id, stored);
				}
			});
		}
		catch (RuntimeException ex) {
			if (stored != null) {
				files.delete(organization, FileId.of(stored.fileId()));
			}
			throw ex;
		}
		return get(organization, viewer, id);
	}

	/** Replaces what the person wrote (a form's full set of values); refused under {@link ExpenseRules}. */
	public ExpenseView update(OrganizationId organization, Actor actor, UUID id, Draft draft) {
		ExpenseRules.Viewer viewer = viewer(organization, actor);
		ExpenseRepository.Fields fields = fields(organization, draft, false);
		transactions.run(organization, actor, () -> {
			ExpenseView current = visible(organization, viewer, id, true);
			ExpenseRefusedException.check(ExpenseRules.check(ExpenseAction.EDIT, current.status(), current.createdBy(), viewer));
			if (current.status() != ExpenseStatus.DRAFT && incomplete(fields)) {
				throw ExpenseInputException.incomplete(ExpenseApprovals.missing(fields.amountCents(), fields.spentOn(),
						fields.categoryId()));
			}
			if (fields.categoryId() != null && !fields.categoryId().equals(current.categoryId())) {
				categories.checkUsable(organization, fields.categoryId());
			}
			if (fields.eventId() != null && !fields.eventId().equals(current.eventId())) {
				checkEvent(organization, fields.eventId());
			}
			repository.update(organization, id, fields);
		});
		return get(organization, viewer, id);
	}

	/** The values an expense has now, as a draft to change some of them (the API's PATCH). */
	public Draft draftOf(ExpenseView expense) {
		return new Draft(expense.title(), expense.description(), expense.merchant(), expense.amountCents(),
				expense.currency(), expense.categoryId(), expense.type(), expense.spentOn(), expense.eventId(),
				expense.campaign());
	}

	public ExpenseView replaceReceipt(OrganizationId organization, Actor actor, UUID id, Upload receipt) {
		ExpenseRules.Viewer viewer = viewer(organization, actor);
		ExpenseView before = get(organization, viewer, id);
		ExpenseRefusedException.check(ExpenseRules.check(ExpenseAction.EDIT, before.status(), before.createdBy(), viewer));
		ExpenseRepository.ReceiptFile stored = store(organization, receipt);
		try {
			List<UUID> old = transactions.call(organization, actor, () -> {
				ExpenseView current = visible(organization, viewer, id, true);
				ExpenseRefusedException.check(ExpenseRules.check(ExpenseAction.EDIT, current.status(), current.createdBy(), viewer));
				List<UUID> replaced = repository.replaceReceipt(organization, id, stored);
				receiptJobs.read(organization, id, stored);
				return replaced;
			});
			old.forEach(file -> files.delete(organization, FileId.of(file)));
		}
		catch (RuntimeException ex) {
			files.delete(organization, FileId.of(stored.fileId()));
			throw ex;
		}
		return get(organization, viewer, id);
	}

	public void delete(OrganizationId organization, Actor actor, UUID id) {
		ExpenseRules.Viewer viewer = viewer(organization, actor);
		ExpenseView deleted = transactions.call(organization, actor, () -> {
			ExpenseView current = visible(organization, viewer, id, true);
			ExpenseRefusedException.check(ExpenseRules.check(ExpenseAction.DELETE, current.status(), current.createdBy(), viewer));
			repository.delete(organization, id);
			return current;
		});
		if (deleted.receipt() != null) {
			files.delete(organization, FileId.of(deleted.receipt().fileId()));
			if (deleted.receipt().thumbnailFileId() != null) {
				files.delete(organization, FileId.of(deleted.receipt().thumbnailFileId()));
			}
		}
	}

	public ExpenseView get(OrganizationId organization, Actor actor, UUID id) {
		return get(organization, viewer(organization, actor), id);
	}

	ExpenseView get(OrganizationId organization, ExpenseRules.Viewer viewer, UUID id) {
		return transactions.call(organization, new Actor.User(viewer.userId()), () -> {
			ExpenseView expense = visible(organization, viewer, id, false);
			ReceiptReading reading = repository.readings(organization, List.of(id)).get(id);
			return expense.withReading(reading)
				.withActions(ExpenseRules.allowed(expense.status(), expense.createdBy(), viewer));
		});
	}

	/** Newest first; a member sees their own expenses only. */
	public Page list(OrganizationId organization, Actor actor, ExpenseFilter filter, @Nullable PageCursor cursor, int limit) {
		ExpenseRules.Viewer viewer = viewer(organization, actor);
		int size = Math.clamp(limit, 1, 100);
		return transactions.call(organization, actor, () -> {
			List<ExpenseView> rows = repository.page(organization, filter, onlyOf(viewer), cursor, size + 1);
			List<ExpenseView> items = rows.stream().limit(size)
				.map(expense -> expense.withActions(ExpenseRules.allowed(expense.status(), expense.createdBy(), viewer)))
				.toList();
			String next = rows.size() > size ? new PageCursor(items.getLast().createdAt(), items.getLast().id()).encode() : null;
			return new Page(items, next);
		});
	}

	/** The person acting and their role; 403 for someone who is no member (an organization's client, say). */
	public ExpenseRules.Viewer viewer(OrganizationId organization, Actor actor) {
		UUID user = actor.requireUserId();
		Role role = members.roleOf(organization, user).orElseThrow(() -> NotFoundException.of("Expense"));
		if (!role.atLeast(Role.MEMBER)) {
			ExpenseRefusedException.check(new ExpenseRules.Decision.Forbidden("Clients have no expenses."));
		}
		return new ExpenseRules.Viewer(user, role);
	}

	/** Whose expenses the viewer is limited to: their own unless they approve expenses. */
	static @Nullable UUID onlyOf(ExpenseRules.Viewer viewer) {
		return viewer.role().atLeast(Role.MANAGER) ? null : viewer.userId();
	}

	/** The expense if the viewer may see it; 404 otherwise, exactly like one that does not exist. */
	ExpenseView visible(OrganizationId organization, ExpenseRules.Viewer viewer, UUID id, boolean forUpdate) {
		ExpenseView expense = repository.find(organization, id, forUpdate).orElseThrow(() -> NotFoundException.of("Expense"));
		if (!ExpenseRules.canSee(expense.createdBy(), viewer)) {
			throw NotFoundException.of("Expense");
		}
		return expense;
	}

	private ExpenseRepository.ReceiptFile store(OrganizationId organization, Upload receipt) {
		try {
			StoredFile stored = files.store(organization, receipt.content(), receipt.name(), settings.receiptPolicy());
			return new ExpenseRepository.ReceiptFile(stored.id().value(), stored.contentType(), stored.originalName());
		}
		catch (UploadRefusedException ex) {
			throw ex.forField("receipt");
		}
	}

	private void checkCategory(OrganizationId organization, @Nullable UUID categoryId) {
		if (categoryId != null) {
			categories.checkUsable(organization, categoryId);
		}
	}

	/** Another organization's event is as unknown as one that never was. */
	private void checkEvent(OrganizationId organization, @Nullable UUID eventId) {
		if (eventId != null && events.names(organization, List.of(eventId)).isEmpty()) {
			throw ExpenseInputException.field("eventId", "is not an event of this organization");
		}
	}

	private static boolean incomplete(ExpenseRepository.Fields fields) {
		return fields.amountCents() == null || fields.spentOn() == null || fields.categoryId() == null;
	}

	private ExpenseRepository.Fields fields(OrganizationId organization, Draft draft, boolean withReceipt) {
		String title = clean(draft.title());
		if (title == null) {
			if (!withReceipt) {
				throw ExpenseInputException.field("title", "must not be blank");
			}
			title = "Receipt";
		}
		check(title.length() <= 200, "title", "must be at most 200 characters");
		String description = clean(draft.description());
		check(description == null || description.length() <= 2000, "description", "must be at most 2000 characters");
		String merchant = clean(draft.merchant());
		check(merchant == null || merchant.length() <= 120, "merchant", "must be at most 120 characters");
		String campaign = clean(draft.campaign());
		check(campaign == null || campaign.length() <= 120, "campaign", "must be at most 120 characters");
		Long amount = draft.amountCents();
		check(amount == null || (amount > 0 && amount <= 1_000_000_000_000L), "amountCents",
				"must be more than 0 and at most 10,000,000,000.00");
		String currency = draft.currency() == null || draft.currency().isBlank() ? preferences.defaultCurrency(organization)
				: currency(draft.currency());
		return new ExpenseRepository.Fields(title, description, merchant, amount, currency, draft.categoryId(),
				draft.type() == null ? ExpenseType.OTHER : draft.type(), draft.spentOn(), draft.eventId(), campaign);
	}

	private static String currency(String code) {
		String upper = code.strip().toUpperCase(java.util.Locale.ROOT);
		try {
			java.util.Currency.getInstance(upper);
			return upper;
		}
		catch (IllegalArgumentException ex) {
			throw ExpenseInputException.field("currency", "is not an ISO 4217 currency code");
		}
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static void check(boolean ok, String field, String message) {
		if (!ok) {
			throw ExpenseInputException.field(field, message);
		}
	}

	/** Whether receipts are read for a suggestion here (tesseract installed and reading not turned off). */
	public boolean readsReceipts() {
		return receiptJobs.readsReceipts();
	}

	/** For the thumbnail job and the pages: the people of the organization by id, for names. */
	public Map<UUID, String> people(OrganizationId organization) {
		return members.list(organization).stream()
			.collect(java.util.stream.Collectors.toMap(Members.Member::userId, Members.Member::name, (a, b) -> a));
	}
}
