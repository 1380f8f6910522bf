package com.growthhub.contacts.internal.imports;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

import com.growthhub.contacts.ContactImports.Batch;
import com.growthhub.contacts.ContactImports.Checked;
import com.growthhub.contacts.ContactImports.Result;
import com.growthhub.contacts.ContactImports.RowError;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * One import's rows, inside its transaction: checked ({@link ImportRowChecks}), streamed with COPY into the
 * temporary {@code import_rows}, then freed of repeats inside the file, matched to existing contacts by email then
 * phone, and merged ({@link ImportMerge}), with a second session for half of many new contacts.
 */
final class StagedBatch implements Batch {

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final ImportSecondWriter secondWriter;
	private final BatchSetup setup;
	private final ImportRowChecks checks;
	private final ImportMerge merge;
	private final PGCopyOutputStream copy;
	private final CsvWriter rows;

	StagedBatch(JdbcClient jdbc, DataSource dataSource, ImportSecondWriter secondWriter, BatchSetup setup,
			ImportRowChecks checks, ImportMerge merge) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.secondWriter = secondWriter;
		this.setup = setup;
		this.checks = checks;
		this.merge = merge;
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			this.copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), "copy import_rows (row_number, "
					+ String.join(", ", ImportStatements.STAGED) + ") from stdin (format csv)", 1 << 16);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not start the import's COPY", ex);
		}
		Writer writer = new OutputStreamWriter(copy, StandardCharsets.UTF_8);
		this.rows = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
	}

	@Override
	public Checked check(long row, Map<String, String> values) {
		return checks.check(row, values);
	}

	@Override
	public void stage(Checked row) {
		if (row.staged() == null || !row.errors().isEmpty()) {
			throw new IllegalArgumentException("Row " + row.row() + " did not pass its checks");
		}
		rows.writeRecord(row.staged());
	}

	@Override
	public Result apply() {
		try {
			rows.close(); // ends the COPY
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not finish staging the import", ex);
		}
		List<RowError> errors = new ArrayList<>();
		jdbc.sql("create index on import_rows (email)").update();
		jdbc.sql("create index on import_rows (phone)").update();
		jdbc.sql("analyze import_rows").update();
		// Duplicates inside the file: the first row of an email, or of a phone among rows without email, wins.
		duplicates(errors, """
				delete from import_rows r using (
				    select row_number, min(row_number) over (partition by email) as first from import_rows where email is not null
				) d where r.row_number = d.row_number and d.row_number <> d.first
				returning r.row_number, d.first
				""", "email");
		duplicates(errors, """
				delete from import_rows r using (
				    select row_number, min(row_number) over (partition by phone) as first from import_rows
				    where email is null and phone is not null
				) d where r.row_number = d.row_number and d.row_number <> d.first
				returning r.row_number, d.first
				""", "phone");
		jdbc.sql("""
				update import_rows r set match_id = c.id from contacts c
				where c.organization_id = ? and c.deleted_at is null and c.email = r.email
				""").param(setup.organization()).update();
		// Several contacts may share a phone; the row then updates one of them.
		jdbc.sql("""
				update import_rows r set match_id = c.id from contacts c
				where r.match_id is null and r.phone is not null
				  and c.organization_id = ? and c.deleted_at is null and c.phone = r.phone
				""").param(setup.organization()).update();
		// The planner needs to know how many rows matched before joining them back to contacts.
		jdbc.sql("analyze import_rows").update();
		// Two rows that found the same contact (one by email, one by phone): the first wins.
		duplicates(errors, """
				delete from import_rows r using (
				    select row_number, min(row_number) over (partition by match_id) as first from import_rows where match_id is not null
				) d where r.row_number = d.row_number and d.row_number <> d.first
				returning r.row_number, d.first
				""", "row");
		long skipped = switch (setup.options().policy()) {
			case CREATE_ONLY -> jdbc.sql("delete from import_rows where match_id is not null").update();
			case UPDATE_EXISTING -> jdbc.sql("delete from import_rows where match_id is null").update();
			case UPSERT -> 0;
		};
		// Many new contacts: a second session inserts half of them meanwhile (see ImportSecondWriter).
		Connection connection = DataSourceUtils.getConnection(dataSource);
		long toCreate = jdbc.sql("select count(*) from import_rows where match_id is null").query(Long.class).single();
		@Nullable SecondHalf part = secondWriter.wanted(toCreate, connection)
				? secondWriter.start(connection, setup.scope(), setup.organization(), setup.importId(), setup.owner(),
						setup.options().listId(), setup.options().tagIds())
				: null;
		try {
			return merge.merge(errors, skipped, part);
		}
		catch (RuntimeException ex) {
			if (part != null) {
				part.abandon();
			}
			throw ex;
		}
	}

	private void duplicates(List<RowError> errors, String statement, String field) {
		jdbc.sql(statement).query((rs, n) -> errors.add(new RowError(rs.getLong(1), field,
				field.equals("row") ? "matches the same contact as row " + rs.getLong(2)
						: "repeats the " + field + " of row " + rs.getLong(2)))).list();
	}
}
