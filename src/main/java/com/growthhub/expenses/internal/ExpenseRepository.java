package com.growthhub.expenses.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/** The SQL of expenses and their receipt readings; callers hold the organization's transaction. */
@Repository
class ExpenseRepository {

	static final String COLUMNS = """
			e.id, e.title, e.description, e.merchant, e.amount_cents, e.currency, e.category_id, c.name as category_name,
			e.type, e.spent_on, e.event_id, e.campaign, e.status, e.rejection_reason, e.created_by, e.submitted_at,
			e.decided_by, e.decided_at, e.reimbursed_by, e.reimbursed_at, e.created_at, e.updated_at, e.version,
			e.receipt_file_id, e.receipt_type, e.receipt_name, e.thumbnail_file_id
			""";

	static final String FROM = " from expenses e left join expense_categories c on c.id = e.category_id ";

	private final JdbcClient jdbc;

	ExpenseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a person writes on an expense; absent values are allowed only on a draft. */
	record Fields(String title, @Nullable String description, @Nullable String merchant, @Nullable Long amountCents,
			String currency, @Nullable UUID categoryId, ExpenseType type, @Nullable LocalDate spentOn,
			@Nullable UUID eventId, @Nullable String campaign) {
	}

	/** A receipt as the file store kept it. */
	record ReceiptFile(UUID fileId, String contentType, String name) {
	}

	void insert(OrganizationId organization, UUID id, UUID author, Fields fields, @Nullable ReceiptFile receipt) {
		jdbc.sql("""
				insert into expenses (id, organization_id, title, description, merchant, amount_cents, currency, category_id,
				  type, spent_on, event_id, campaign, created_by, receipt_file_id, receipt_type, receipt_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id, organization.value(), fields.title(), fields.description(), fields.merchant(),
				fields.amountCents(), fields.currency(), fields.categoryId(), fields.type().name(), fields.spentOn(),
				fields.eventId(), fields.campaign(), author, receipt == null ? null : receipt.fileId(),
				receipt == null ? null : receipt.contentType(), receipt == null ? null : receipt.name())
			.update();
	}

	void update(OrganizationId organization, UUID id, Fields fields) {
		jdbc.sql("""
				update expenses set title = ?, description = ?, merchant = ?, amount_cents = ?, currency = ?, category_id = ?,
				  type = ?, spent_on = ?, event_id = ?, campaign = ?, updated_at = now(), version = version + 1
				where organization_id = ? and id = ?
				""").params(fields.title(), fields.description(), fields.merchant(), fields.amountCents(), fields.currency(),
				fields.categoryId(), fields.type().name(), fields.spentOn(), fields.eventId(), fields.campaign(),
				organization.value(), id)
			.update();
	}

	/** Puts a new receipt on the expense; answers the files it had (receipt and thumbnail), to delete. */
	List<UUID> replaceReceipt(OrganizationId organization, UUID id, ReceiptFile receipt) {
		List<UUID> old = jdbc.sql("select receipt_file_id, thumbnail_file_id from expenses where organization_id = ? and id = ?")
			.params(organization.value(), id)
			.query((rs, n) -> {
				List<UUID> files = new ArrayList<>();
				for (int column = 1; column <= 2; column++) {
					UUID file = rs.getObject(column, UUID.class);
					if (file != null) {
						files.add(file);
					}
				}
				return files;
			}).single();
		jdbc.sql("""
				update expenses set receipt_file_id = ?, receipt_type = ?, receipt_name = ?, thumbnail_file_id = null,
				  updated_at = now(), version = version + 1
				where organization_id = ? and id = ?
				""").params(receipt.fileId(), receipt.contentType(), receipt.name(), organization.value(), id).update();
		jdbc.sql("delete from expense_receipt_readings where organization_id = ? and expense_id = ?")
			.params(organization.value(), id).update();
		return old;
	}

	/** Records the thumbnail made from the receipt, unless the receipt changed meanwhile. */
	boolean setThumbnail(OrganizationId organization, UUID id, UUID receipt, UUID thumbnail) {
		return jdbc.sql("""
				update expenses set thumbnail_file_id = ? where organization_id = ? and id = ? and receipt_file_id = ?
				""").params(thumbnail, organization.value(), id, receipt).update() == 1;
	}

	/** The expense, locked for a change when {@code forUpdate}. */
	Optional<ExpenseView> find(OrganizationId organization, UUID id, boolean forUpdate) {
		return jdbc.sql("select " + COLUMNS + FROM + " where e.organization_id = ? and e.id = ?"
				+ (forUpdate ? " for update of e" : ""))
			.params(organization.value(), id)
			.query(ExpenseRepository::view)
			.optional();
	}

	/** A page newest first, by keyset on (created_at, id). */
	List<ExpenseView> page(OrganizationId organization, ExpenseFilter filter, @Nullable UUID onlyOf,
			@Nullable PageCursor cursor, int size) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + FROM + " where e.organization_id = ?");
		List<Object> params = new ArrayList<>(List.of(organization.value()));
		filter.appendTo(sql, params, onlyOf);
		if (cursor != null) {
			sql.append(" and (e.created_at, e.id) < (?, ?)");
			params.add(Timestamp.from(cursor.instant()));
			params.add(cursor.id());
		}
		sql.append(" order by e.created_at desc, e.id desc limit ").append(size);
		return jdbc.sql(sql.toString()).params(params).query(ExpenseRepository::view).list();
	}

	void delete(OrganizationId organization, UUID id) {
		jdbc.sql("delete from expenses where organization_id = ? and id = ?").params(organization.value(), id).update();
	}

	Map<UUID, ReceiptReading> readings(OrganizationId organization, List<UUID> ids) {
		Map<UUID, ReceiptReading> readings = new HashMap<>();
		if (ids.isEmpty()) {
			return readings;
		}
		jdbc.sql("""
				select expense_id, status, amount_cents, currency, amount_confidence, spent_on, date_confidence, merchant,
				  merchant_confidence, read_at
				from expense_receipt_readings where organization_id = ? and expense_id = any(?)
				""").params(organization.value(), ids.toArray(UUID[]::new)).query((ResultSet rs) -> {
					readings.put(rs.getObject(1, UUID.class), new ReceiptReading(ReceiptReading.Status.valueOf(rs.getString(2)),
							rs.getObject(3, Long.class), rs.getString(4), rs.getObject(5, Integer.class),
							rs.getObject(6, LocalDate.class), rs.getObject(7, Integer.class), rs.getString(8),
							rs.getObject(9, Integer.class), instant(rs, 10)));
				});
		return readings;
	}

	void startReading(OrganizationId organization, UUID id, ReceiptReading.Status status) {
		jdbc.sql("""
				insert into expense_receipt_readings (expense_id, organization_id, status) values (?, ?, ?)
				on conflict (expense_id) do update set status = excluded.status, amount_cents = null, currency = null,
				  amount_confidence = null, spent_on = null, date_confidence = null, merchant = null,
				  merchant_confidence = null, failure = null, read_at = null
				""").params(id, organization.value(), status.name()).update();
	}

	void setReadingStatus(OrganizationId organization, UUID id, ReceiptReading.Status status) {
		jdbc.sql("update expense_receipt_readings set status = ? where organization_id = ? and expense_id = ?")
			.params(status.name(), organization.value(), id).update();
	}

	static ExpenseView view(ResultSet rs, int row) throws SQLException {
		UUID receipt = rs.getObject("receipt_file_id", UUID.class);
		return new ExpenseView(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				rs.getString("merchant"), rs.getObject("amount_cents", Long.class), rs.getString("currency"),
				rs.getObject("category_id", UUID.class), rs.getString("category_name"),
				ExpenseType.valueOf(rs.getString("type")), rs.getObject("spent_on", LocalDate.class),
				rs.getObject("event_id", UUID.class), rs.getString("campaign"), ExpenseStatus.valueOf(rs.getString("status")),
				rs.getString("rejection_reason"), rs.getObject("created_by", UUID.class), instant(rs, "submitted_at"),
				rs.getObject("decided_by", UUID.class), instant(rs, "decided_at"), rs.getObject("reimbursed_by", UUID.class),
				instant(rs, "reimbursed_at"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"),
				receipt == null ? null : new ExpenseView.Receipt(receipt, rs.getString("receipt_type"),
						rs.getString("receipt_name"), rs.getObject("thumbnail_file_id", UUID.class)),
				null, List.of());
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
