package com.growthhub.billing.internal.invoices;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.util.unit.DataSize;

import com.growthhub.platform.files.FileContent;
import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.FileNotFoundException;
import com.growthhub.platform.files.StoredFile;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.files.UploadPolicy;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** The organization's billing choices: the invoice number pattern, payment terms and the seller printed on invoices. */
@Component
public class BillingSettings {

	/** What the settings page and the API show and change. */
	public record Values(String invoiceNumberPattern, int paymentTermsDays, @Nullable String businessName,
			@Nullable String businessAddress) {
	}

	private static final Values DEFAULTS = new Values(NumberPattern.INVOICES.text(), 14, null, null);

	/** A logo prints at most a few centimetres wide: small images only. */
	static final UploadPolicy LOGO = UploadPolicy.of("billing-logo", DataSize.ofKilobytes(512), "image/png", "image/jpeg");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final BillingAccess access;
	private final StoredFiles files;

	BillingSettings(JdbcClient jdbc, TenantTransactions transactions, BillingAccess access, StoredFiles files) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.access = access;
		this.files = files;
	}

	/**
	 * Makes the uploaded image (PNG or JPEG, type read from the bytes, at most 512 KB) the seller's logo; the file is
	 * kept in the same transaction, so a refused upload leaves nothing behind.
	 */
	public StoredFile changeLogo(OrganizationId organization, Actor actor, InputStream content, @Nullable String name) {
		access.configure(organization, actor);
		return transactions.call(organization, actor, () -> {
			StoredFile file = files.store(organization, content, name, LOGO);
			jdbc.sql("""
					insert into billing_settings (organization_id, logo_file_id) values (?, ?)
					on conflict (organization_id) do update set logo_file_id = excluded.logo_file_id, updated_at = now()
					""").params(organization.value(), file.id().value()).update();
			return file;
		});
	}

	/** Invoices print no logo from now on (the file stays with the documents already sent). */
	public void removeLogo(OrganizationId organization, Actor actor) {
		access.configure(organization, actor);
		transactions.run(organization, actor, () -> jdbc.sql(
				"update billing_settings set logo_file_id = null, updated_at = now() where organization_id = ?")
			.param(organization.value()).update());
	}

	/** The logo's file, for anyone of the organization; empty when there is none. */
	public Optional<FileId> logo(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> logoFile(organization));
	}

	/** Read inside the caller's transaction. */
	Optional<FileId> logoFile(OrganizationId organization) {
		return jdbc.sql("select logo_file_id from billing_settings where organization_id = ? and logo_file_id is not null")
			.param(organization.value()).query(UUID.class).optional().map(FileId::of);
	}

	/** The logo as a {@code data:} URI for a document, read inside the caller's transaction. */
	@Nullable String logoDataUri(OrganizationId organization) {
		Optional<FileId> logo = logoFile(organization);
		if (logo.isEmpty()) {
			return null;
		}
		try (FileContent content = files.open(organization, logo.get(), null)) {
			return "data:" + content.file().contentType() + ";base64,"
					+ Base64.getEncoder().encodeToString(content.stream().readAllBytes());
		}
		catch (IOException | FileNotFoundException ex) {
			return null;
		}
	}

	public Values read(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> current(organization));
	}

	public Values update(OrganizationId organization, Actor actor, Values values) {
		access.configure(organization, actor);
		new NumberPattern(values.invoiceNumberPattern());
		if (values.paymentTermsDays() < 0 || values.paymentTermsDays() > 365) {
			throw InvoiceInputException.field("paymentTermsDays", "must be between 0 and 365");
		}
		check("businessName", values.businessName(), 200);
		check("businessAddress", values.businessAddress(), 1000);
		return transactions.call(organization, actor, () -> {
			jdbc.sql("""
					insert into billing_settings (organization_id, invoice_number_pattern, payment_terms_days, business_name,
					  business_address) values (?, ?, ?, ?, ?)
					on conflict (organization_id) do update set invoice_number_pattern = excluded.invoice_number_pattern,
					  payment_terms_days = excluded.payment_terms_days, business_name = excluded.business_name,
					  business_address = excluded.business_address, updated_at = now()
					""").params(organization.value(), values.invoiceNumberPattern().trim(), values.paymentTermsDays(),
					blankToNull(values.businessName()), blankToNull(values.businessAddress())).update();
			return current(organization);
		});
	}

	/** Read inside the caller's transaction. */
	Values current(OrganizationId organization) {
		return jdbc.sql("""
				select invoice_number_pattern, payment_terms_days, business_name, business_address
				from billing_settings where organization_id = ?
				""").param(organization.value())
			.query((rs, n) -> new Values(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.optional()
			.orElse(DEFAULTS);
	}

	private static void check(String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			throw InvoiceInputException.field(field, "must be at most " + max + " characters");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
