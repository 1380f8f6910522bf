package com.growthhub.masterclasses.internal.insights;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.billing.InvoiceId;
import com.growthhub.billing.InvoiceLedger;
import com.growthhub.masterclasses.internal.transcripts.ClassFacts;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a class's rows for its insights, in the caller's tenant transaction. The chat is read up to its newest
 * {@value #CHAT_ROWS} messages (an hour at 20 a second is 72,000; the topics and timelines of that many are no
 * different from the newest 20,000's). Seat revenue is what billing says was paid on the registrations' invoices.
 */
@Component
class InsightDataLoader {

	static final int CHAT_ROWS = 20_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final InvoiceLedger invoices;

	InsightDataLoader(JdbcClient jdbc, InvoiceLedger invoices) {
		this.jdbc = jdbc;
		this.invoices = invoices;
	}

	InsightData load(OrganizationId organization, ClassFacts masterclass) {
		UUID id = masterclass.id();
		Object org = organization.value();
		List<UUID> invoiceIds = new ArrayList<>();
		List<InsightData.Registration> registrations = jdbc.sql("""
				select id, contact_id, funnel_status, has_seat, invoice_id, created_at from masterclass_registrations
				where organization_id = ? and masterclass_id = ? order by created_at
				""").params(org, id).query((rs, n) -> {
			UUID invoice = rs.getObject("invoice_id", UUID.class);
			if (invoice != null) {
				invoiceIds.add(invoice);
			}
			return new InsightData.Registration(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class),
					rs.getString("funnel_status"), rs.getBoolean("has_seat"), rs.getTimestamp("created_at").toInstant());
		}).list();
		List<InsightData.Session> sessions = jdbc.sql("""
				select registration_id, mode, joined_at, last_seen_at, left_at, seconds_watched
				from masterclass_viewer_sessions where organization_id = ? and masterclass_id = ?
				""").params(org, id).query((rs, n) -> new InsightData.Session(rs.getObject("registration_id", UUID.class),
				rs.getString("mode"), rs.getTimestamp("joined_at").toInstant(), rs.getTimestamp("last_seen_at").toInstant(),
				instant(rs.getTimestamp("left_at")), rs.getInt("seconds_watched"))).list();
		List<InsightData.ChatMessage> chat = new ArrayList<>(jdbc.sql("""
				select media_seconds, body, is_question, answered_at is not null as answered from masterclass_chat_messages
				where organization_id = ? and masterclass_id = ? and deleted_at is null
				order by created_at desc, id desc limit ?
				""").params(org, id, CHAT_ROWS).query((rs, n) -> new InsightData.ChatMessage(rs.getInt("media_seconds"),
				rs.getString("body"), rs.getBoolean("is_question"), rs.getBoolean("answered"))).list());
		java.util.Collections.reverse(chat);
		List<InsightData.Offer> offers = jdbc.sql("""
				select n.id, n.kind, n.text, n.media_time_seconds, count(c.id) as clicks,
				  count(distinct c.registration_id) as clickers
				from masterclass_notifications n
				left join masterclass_offer_clicks c on c.organization_id = n.organization_id and c.notification_id = n.id
				where n.organization_id = ? and n.masterclass_id = ?
				group by n.id order by coalesce(n.media_time_seconds, 0), n.created_at
				""").params(org, id).query((rs, n) -> new InsightData.Offer(rs.getObject("id", UUID.class),
				rs.getString("kind"), rs.getString("text"), (Integer) rs.getObject("media_time_seconds"),
				rs.getInt("clicks"), rs.getInt("clickers"))).list();
		List<InsightData.Line> transcript = jdbc.sql("""
				select start_ms, end_ms, speaker, text from masterclass_transcript_segments
				where organization_id = ? and masterclass_id = ? order by seq
				""").params(org, id).query((rs, n) -> new InsightData.Line(rs.getLong("start_ms"), rs.getLong("end_ms"),
				rs.getString("speaker"), rs.getString("text"))).list();
		return new InsightData(masterclass, agenda(org, id), registrations, sessions, chat, offers, transcript,
				seatRevenue(organization, invoiceIds));
	}

	private List<InsightData.AgendaItem> agenda(Object org, UUID id) {
		String agenda = jdbc.sql("select agenda::text from masterclasses where organization_id = ? and id = ?")
			.params(org, id).query(String.class).optional().orElse("[]");
		List<InsightData.AgendaItem> items = new ArrayList<>();
		for (JsonNode item : JSON.readTree(agenda)) {
			if (item.path("minute").isNumber() && item.path("title").isString()) {
				items.add(new InsightData.AgendaItem(item.path("minute").asInt(), item.path("title").asString()));
			}
		}
		return items;
	}

	private List<InsightData.Money> seatRevenue(OrganizationId organization, List<UUID> invoiceIds) {
		Map<String, Long> paid = new LinkedHashMap<>();
		for (UUID invoice : invoiceIds) {
			var balance = invoices.balance(organization, InvoiceId.of(invoice));
			if (balance.amountPaidCents() > 0) {
				paid.merge(balance.currency(), balance.amountPaidCents(), Long::sum);
			}
		}
		return paid.entrySet().stream().map(e -> new InsightData.Money(e.getValue(), e.getKey())).toList();
	}

	private static java.time.@Nullable Instant instant(@Nullable Timestamp at) {
		return at == null ? null : at.toInstant();
	}
}
