package com.growthhub.dataio.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.growthhub.contacts.ContactImports;
import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * Import jobs once started ({@link ImportStarter}) and run ({@link ImportRunner}): listed, followed, cancelled
 * and undone. Each call names the organization whose imports it means; cancelling and undoing also who does it.
 */
@Service
public class ImportJobs {

	/** Reading a job changes nothing, so it is nobody's act. */
	private static final Actor READER = new Actor.Anonymous();

	/**
	 * How long after its completion a job may still have a prepared second half to commit (normally milliseconds;
	 * after a crash, until the job runner finishes it on start).
	 */
	private static final java.time.Duration RECENT = java.time.Duration.ofDays(1);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ContactImports contacts;
	private final LiveUpdates live;
	private final ImportFiles files;

	ImportJobs(JdbcClient jdbc, TenantTransactions transactions, ContactImports contacts, LiveUpdates live,
			ImportFiles files) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.contacts = contacts;
		this.live = live;
		this.files = files;
	}

	public record Page(List<ImportView> items, @Nullable String nextCursor) {
	}

	public Page list(OrganizationId organization, @Nullable String cursor, int limit) {
		PageCursor after = PageCursor.parse(cursor);
		int size = Math.clamp(limit, 1, 100);
		return transactions.call(organization, READER, () -> {
			List<Object> params = new ArrayList<>(List.of(organization.value()));
			String where = "organization_id = ?";
			if (after != null) {
				where += " and (created_at, id) < (?, ?)";
				params.add(java.sql.Timestamp.from(after.instant()));
				params.add(after.id());
			}
			List<ImportView> rows = jdbc.sql("select * from imports where " + where + " order by created_at desc, id desc limit "
					+ (size + 1)).params(params).query((rs, n) -> ImportView.of(rs, List.of())).list();
			String next = null;
			if (rows.size() > size) {
				ImportView last = rows.get(size - 1);
				next = new PageCursor(last.createdAt(), last.id()).encode();
				rows = rows.subList(0, size);
			}
			return new Page(settled(rows), next);
		});
	}

	/** Completed jobs whose prepared second half is not committed yet show as still processing. */
	private List<ImportView> settled(List<ImportView> views) {
		if (views.stream().noneMatch(view -> view.status() == ImportStatus.COMPLETED && view.finishedAt() != null
				&& view.finishedAt().isAfter(java.time.Instant.now().minus(RECENT)))) {
			return views;
		}
		Set<UUID> committing = Set.copyOf(contacts.preparedHalves());
		return views.stream()
			.map(view -> view.status() == ImportStatus.COMPLETED && committing.contains(view.id()) ? view.committingSecondHalf()
					: view)
			.toList();
	}

	public ImportView find(OrganizationId organization, UUID id) {
		return transactions.call(organization, READER, () -> {
			List<ImportView.RowProblem> errors = jdbc.sql("""
					select row_number, field, message from import_errors where import_id = ? and organization_id = ?
					order by row_number, field limit 100
					""").params(id, organization.value())
				.query((rs, n) -> new ImportView.RowProblem(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
			ImportView view = jdbc.sql("select * from imports where id = ? and organization_id = ?").params(id, organization.value())
				.query((rs, n) -> ImportView.of(rs, errors)).optional().orElseThrow(() -> NotFoundException.of("Import"));
			return settled(List.of(view)).getFirst();
		});
	}

	/** A pending job is cancelled at once; a processing one at its next progress step, rolling back all it did. */
	public ImportView cancel(OrganizationId organization, Actor actor, UUID id) {
		ImportView current = find(organization, id);
		if (!current.status().canMoveTo(ImportStatus.CANCELLED)) {
			throw new ImportStateException("The import is " + current.status().dbValue()
					+ "; only a pending or running import can be cancelled.");
		}
		transactions.run(organization, actor, () -> jdbc.sql("""
				update imports set cancel_requested = true,
				    status = case when status = ? then ? else status end,
				    finished_at = case when status = ? then now() else finished_at end
				where id = ? and organization_id = ?
				""").params(ImportStatus.PENDING.dbValue(), ImportStatus.CANCELLED.dbValue(), ImportStatus.PENDING.dbValue(), id,
				organization.value()).update());
		return find(organization, id);
	}

	public ImportView undo(OrganizationId organization, Actor actor, UUID id) {
		transactions.run(organization, actor, () -> {
			ImportView current = jdbc.sql("select * from imports where id = ? and organization_id = ? for update")
				.params(id, organization.value()).query((rs, n) -> ImportView.of(rs, List.of())).optional()
				.orElseThrow(() -> NotFoundException.of("Import"));
			if (!current.undoable()) {
				throw new ImportStateException(current.undoneAt() != null ? "The import was already undone."
						: "Only a completed import can be undone, within " + ImportView.UNDO_WINDOW.toDays() + " days.");
			}
			contacts.undo(organization, id);
			jdbc.sql("update imports set undone_at = now() where id = ?").param(id).update();
		});
		return find(organization, id);
	}

	/**
	 * The job's live stream: progress and status events from now on, and first its current status, so a
	 * page that rendered just before the job finished still learns that it did.
	 */
	public SseEmitter follow(OrganizationId organization, UUID id) {
		find(organization, id);
		return live.subscribe("import:" + id, "status",
				() -> "{\"status\":\"" + find(organization, id).status().dbValue() + "\"}");
	}

	/** The rows that failed, as they were in the file, with an error column: fix them and import again. */
	public Path errorFile(OrganizationId organization, UUID id) {
		find(organization, id);
		Path file = files.errorFileOf(organization, id);
		if (!Files.isRegularFile(file)) {
			throw NotFoundException.of("Error file");
		}
		return file;
	}
}
