package com.growthhub.analytics.internal.commissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** The procedure codes invoice lines and rules may name: the built-in ones and those the organization adds. */
@Service
public class ProcedureCodeCatalog {

	public record ProcedureCode(String code, String label, boolean builtIn) {
	}

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final CommissionAccess access;

	ProcedureCodeCatalog(JdbcClient jdbc, TenantTransactions transactions, CommissionAccess access) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.access = access;
	}

	public List<ProcedureCode> list(OrganizationId organization, Actor actor) {
		access.read(organization, actor);
		List<ProcedureCode> codes = new ArrayList<>(
				ProcedureCodes.BUILT_IN.stream().map(code -> new ProcedureCode(code, code, true)).toList());
		codes.addAll(transactions.call(organization, actor, () -> jdbc
			.sql("select code, label from procedure_codes where organization_id = ? order by code")
			.params(organization.value()).query((rs, n) -> new ProcedureCode(rs.getString(1), rs.getString(2), false))
			.list()));
		return codes;
	}

	/** 409 when the code exists (built in or added before). */
	public ProcedureCode add(OrganizationId organization, Actor actor, @Nullable String code, @Nullable String label) {
		access.manage(organization, actor);
		String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		List<CommissionRule.FieldError> errors = new ArrayList<>();
		if (!ProcedureCodes.FORMAT.matcher(upper).matches()) {
			errors.add(new CommissionRule.FieldError("code", "must be 2 to 20 capitals, digits or _ starting with a letter"));
		}
		String text = label == null || label.isBlank() ? upper : label.strip();
		if (text.length() > 200) {
			errors.add(new CommissionRule.FieldError("label", "must be at most 200 characters"));
		}
		if (!errors.isEmpty()) {
			throw CommissionInputException.of(errors);
		}
		int added = ProcedureCodes.BUILT_IN.contains(upper) ? 0 : transactions.call(organization, actor, () -> jdbc.sql("""
				insert into procedure_codes (organization_id, code, label) values (?, ?, ?)
				on conflict (organization_id, code) do nothing""").params(organization.value(), upper, text).update());
		if (added == 0) {
			throw CommissionRefusedException.codeExists(upper);
		}
		return new ProcedureCode(upper, text, false);
	}
}
