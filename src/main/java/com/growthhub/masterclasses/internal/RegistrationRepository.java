package com.growthhub.masterclasses.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The registrations table; every statement runs in the caller's transaction of the organization. */
@Repository
class RegistrationRepository {

	private static final String SELECT = """
			select id, masterclass_id, contact_id, name, email, phone, answers::text as answers, funnel_status, has_seat,
			  invoice_id, utm::text as utm, created_at, updated_at, pay_path
			from masterclass_registrations""";

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	RegistrationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A registration with the invoice page to pay at, when it has one. */
	record Stored(RegistrationView view, @Nullable String payPath) {
	}

	Optional<Stored> byEmail(OrganizationId organization, UUID masterclassId, String email) {
		return jdbc.sql(SELECT + " where organization_id = ? and masterclass_id = ? and lower(email) = lower(?)")
			.params(organization.value(), masterclassId, email).query(RegistrationRepository::stored).optional();
	}

	Optional<Stored> lockByInvoice(OrganizationId organization, UUID invoiceId) {
		return jdbc.sql(SELECT + " where organization_id = ? and invoice_id = ? for update")
			.params(organization.value(), invoiceId).query(RegistrationRepository::stored).optional();
	}

	List<RegistrationView> list(OrganizationId organization, UUID masterclassId, @Nullable FunnelStatus status,
			@Nullable PageCursor cursor, int limit) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where organization_id = ? and masterclass_id = ?");
		List<Object> params = new ArrayList<>(List.of(organization.value(), masterclassId));
		if (status != null) {
			sql.append(" and funnel_status = ?");
			params.add(status.key());
		}
		if (cursor != null) {
			sql.append(" and (created_at, id) < (?, ?)");
			params.add(Timestamp.from(cursor.instant()));
			params.add(cursor.id());
		}
		sql.append(" order by created_at desc, id desc limit ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(RegistrationRepository::stored).list().stream()
			.map(Stored::view).toList();
	}

	/** Open registrations of a contact (neither won nor lost), for signals that name only the contact. */
	List<UUID> openOfContact(OrganizationId organization, UUID contactId, UUID bookingPageId) {
		return jdbc.sql("""
				select r.id from masterclass_registrations r join masterclasses m on m.id = r.masterclass_id
				where r.organization_id = ? and r.contact_id = ? and r.funnel_status not in ('won', 'lost')
				  and m.booking_page_id = ?
				order by r.created_at""")
			.params(organization.value(), contactId, bookingPageId)
			.query(UUID.class).list();
	}

	List<UUID> openOfDeal(OrganizationId organization, UUID dealId) {
		return jdbc.sql("""
				select id from masterclass_registrations
				where organization_id = ? and deal_id = ? and funnel_status not in ('won', 'lost')
				order by created_at""")
			.params(organization.value(), dealId)
			.query(UUID.class).list();
	}

	void insert(OrganizationId organization, UUID id, UUID masterclassId, UUID contactId, RegistrationRequest request,
			Map<String, String> answers, String tokenHash) {
		jdbc.sql("""
				insert into masterclass_registrations (id, organization_id, masterclass_id, contact_id, name, email, phone,
				  answers, funnel_status, has_seat, join_token_hash, utm)
				values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'registered', true, ?, ?::jsonb)""")
			.params(id, organization.value(), masterclassId, contactId, request.name(), request.email(), request.phone(),
					JSON.writeValueAsString(answers), tokenHash, JSON.writeValueAsString(request.utm()))
			.update();
	}

	void invoiced(UUID id, UUID invoiceId, String payPath) {
		jdbc.sql("update masterclass_registrations set invoice_id = ?, pay_path = ?, updated_at = now() where id = ?")
			.params(invoiceId, payPath, id).update();
	}

	void newToken(UUID id, String tokenHash) {
		jdbc.sql("update masterclass_registrations set join_token_hash = ?, updated_at = now() where id = ?")
			.params(tokenHash, id).update();
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(new RegistrationView(rs.getObject("id", UUID.class), rs.getObject("masterclass_id", UUID.class),
				rs.getObject("contact_id", UUID.class), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
				JSON.readValue(rs.getString("answers"), TEXTS),
				FunnelStatus.fromKey(rs.getString("funnel_status")).orElseThrow(), rs.getBoolean("has_seat"),
				rs.getObject("invoice_id", UUID.class), JSON.readValue(rs.getString("utm"), TEXTS),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()),
				rs.getString("pay_path"));
	}
}
