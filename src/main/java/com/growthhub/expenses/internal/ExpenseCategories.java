package com.growthhub.expenses.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * The organization's expense categories. The defaults are written the first time an organization's list is read, so
 * every organization starts with them and may rename or archive them; archived categories stay on the expenses that
 * have them and leave the pickers.
 */
@Service
public class ExpenseCategories {

	static final List<String> DEFAULTS = List.of("Travel", "Meals & entertainment", "Lodging", "Venue", "Marketing",
			"Supplies", "Software", "Other");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ExpenseCategories(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public record Category(UUID id, String name, int position, boolean archived) {
	}

	/** Every category, archived ones last when asked for; makes the defaults on the organization's first look. */
	public List<Category> list(OrganizationId organization, Actor actor, boolean includeArchived) {
		return transactions.call(organization, actor, () -> {
			ensureDefaults(organization);
			return jdbc.sql("""
					select id, name, position, archived from expense_categories
					where organization_id = ? and (? or not archived) order by archived, position, lower(name)
					""").params(organization.value(), includeArchived).query(Category.class).list();
		});
	}

	public Category get(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> find(organization, id))
			.orElseThrow(() -> NotFoundException.of("Expense category"));
	}

	public Category create(OrganizationId organization, Actor actor, String name) {
		String clean = name(name);
		return transactions.call(organization, actor, () -> {
			ensureDefaults(organization);
			UUID id = Ids.next();
			int position = jdbc.sql("select coalesce(max(position), -1) + 1 from expense_categories where organization_id = ?")
				.param(organization.value()).query(Integer.class).single();
			unique(() -> jdbc.sql("insert into expense_categories (id, organization_id, name, position) values (?, ?, ?, ?)")
				.params(id, organization.value(), clean, position).update());
			return new Category(id, clean, position, false);
		});
	}

	/** Renames and/or archives (or restores) a category; absent values stay. */
	public Category update(OrganizationId organization, Actor actor, UUID id, @Nullable String name,
			@Nullable Boolean archived) {
		String clean = name == null ? null : name(name);
		return transactions.call(organization, actor, () -> {
			Category current = find(organization, id).orElseThrow(() -> NotFoundException.of("Expense category"));
			unique(() -> jdbc.sql("update expense_categories set name = ?, archived = ? where organization_id = ? and id = ?")
				.params(clean == null ? current.name() : clean, archived == null ? current.archived() : archived,
						organization.value(), id)
				.update());
			return find(organization, id).orElseThrow();
		});
	}

	/** The category, if it is the organization's and not archived: what a new or changed expense may use. */
	void checkUsable(OrganizationId organization, UUID id) {
		Category category = find(organization, id)
			.orElseThrow(() -> ExpenseInputException.field("categoryId", "is not a category of this organization"));
		if (category.archived()) {
			throw ExpenseInputException.field("categoryId", "is archived");
		}
	}

	private Optional<Category> find(OrganizationId organization, UUID id) {
		return jdbc.sql("select id, name, position, archived from expense_categories where organization_id = ? and id = ?")
			.params(organization.value(), id).query(Category.class).optional();
	}

	/** Inside a transaction of the organization; the unique index makes two first looks at once write them once. */
	private void ensureDefaults(OrganizationId organization) {
		boolean any = jdbc.sql("select exists (select 1 from expense_categories where organization_id = ?)")
			.param(organization.value()).query(Boolean.class).single();
		if (any) {
			return;
		}
		for (int i = 0; i < DEFAULTS.size(); i++) {
			jdbc.sql("""
					insert into expense_categories (id, organization_id, name, position) values (?, ?, ?, ?)
					on conflict do nothing
					""").params(Ids.next(), organization.value(), DEFAULTS.get(i), i).update();
		}
	}

	private static String name(String name) {
		String clean = name.strip();
		if (clean.isEmpty() || clean.length() > 60) {
			throw ExpenseInputException.field("name", "must be 1 to 60 characters");
		}
		return clean;
	}

	private static void unique(Runnable write) {
		try {
			write.run();
		}
		catch (DuplicateKeyException ex) {
			throw ExpenseInputException.conflict("name", "is already the name of another category");
		}
	}
}
