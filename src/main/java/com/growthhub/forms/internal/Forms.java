package com.growthhub.forms.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Creating, editing, publishing and deleting forms. The draft is edited freely; publishing freezes it as the next
 * version, which the public endpoints serve until the next publish.
 */
@Service
public class Forms {

	private final FormRepository repository;
	private final FormDefinitions definitions;
	private final TenantTransactions transactions;
	private final LiveForms live;

	Forms(FormRepository repository, FormDefinitions definitions, TenantTransactions transactions, LiveForms live) {
		this.repository = repository;
		this.definitions = definitions;
		this.transactions = transactions;
		this.live = live;
	}

	public record Page(List<FormView> items, @Nullable String nextCursor) {
	}

	public FormView create(OrganizationId organization, Actor actor, String name, @Nullable FormDefinition definition) {
		UUID id = Ids.next();
		return transactions.call(organization, actor, () -> {
			repository.insert(organization, id, name.strip(),
					definitions.write(definition == null ? FormDefinition.starter() : definition), actor.userId());
			return get(organization, actor, id);
		});
	}

	public FormView get(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor,
				() -> repository.find(organization, id).map(this::view).orElseThrow(() -> NotFoundException.of("Form")));
	}

	public Page list(OrganizationId organization, Actor actor, @Nullable String q, @Nullable PageCursor cursor, int limit) {
		int size = Math.clamp(limit, 1, 100);
		List<FormRepository.FormRow> rows = transactions.call(organization, actor,
				() -> repository.list(organization, q == null || q.isBlank() ? null : q.strip(), cursor, size + 1));
		List<FormView> items = rows.stream().limit(size).map(this::view).toList();
		String next = rows.size() > size ? new PageCursor(items.getLast().updatedAt(), items.getLast().id()).encode() : null;
		return new Page(items, next);
	}

	/** Changes the draft; the live form stays as published. */
	public FormView update(OrganizationId organization, Actor actor, UUID id, @Nullable String name,
			@Nullable FormDefinition definition) {
		return transactions.call(organization, actor, () -> {
			FormView current = get(organization, actor, id);
			repository.update(organization, id, name == null ? current.name() : name.strip(),
					definitions.write(definition == null ? current.definition() : definition));
			return get(organization, actor, id);
		});
	}

	public void delete(OrganizationId organization, Actor actor, UUID id) {
		transactions.run(organization, actor, () -> {
			if (!repository.delete(organization, id)) {
				throw NotFoundException.of("Form");
			}
		});
		live.forget(id);
	}

	/** Freezes the draft as the next version and makes it live; 422 when the draft is not ready to take submissions. */
	public FormView publish(OrganizationId organization, Actor actor, UUID id) {
		FormView published = transactions.call(organization, actor, () -> {
			FormView current = get(organization, actor, id);
			var problems = FormRules.publishProblems(current.definition());
			if (!problems.isEmpty()) {
				throw FormInputException.definition(problems);
			}
			repository.publish(organization, id, actor.userId(), Ids.next());
			return get(organization, actor, id);
		});
		live.forget(id);
		return published;
	}

	public List<FormVersionView> versions(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> {
			get(organization, actor, id);
			return repository.versions(organization, id).stream()
				.map(v -> new FormVersionView(v.version(), definitions.stored(v.definition()), v.publishedBy(),
						v.publishedAt()))
				.toList();
		});
	}

	private FormView view(FormRepository.FormRow row) {
		FormView.Status status = row.publishedVersion() == null ? FormView.Status.DRAFT
				: row.draftIsLive() ? FormView.Status.PUBLISHED : FormView.Status.CHANGED;
		return new FormView(row.id(), row.name(), status, row.publishedVersion(), definitions.stored(row.definition()),
				"/f/" + row.id(), "/f/" + row.id() + "/embed.js", row.createdAt(), row.updatedAt());
	}
}
