package com.growthhub.messaging.internal.lines;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.messaging.ConversationContacts;
import com.growthhub.messaging.ConversationContacts.ConversationContact;
import com.growthhub.platform.PlatformSettings;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Texts the SMS provider reports at {@code POST /webhooks/sms}: refused unless signed with the auth token, matched to
 * the line by the number they were sent to and to the contact by the number they came from. A text from a number no
 * contact has creates a lead (source sms, owned by the line's member) and its conversation on the line, so no enquiry
 * is lost.
 */
@Service
public class InboundTexts {

	private static final Logger log = LoggerFactory.getLogger(InboundTexts.class);

	private final SmsSettings sms;
	private final PlatformSettings platform;
	private final JdbcClient jdbc;
	private final LineRepository lines;
	private final ConversationContacts contacts;
	private final Conversations conversations;
	private final TenantTransactions transactions;

	InboundTexts(SmsSettings sms, PlatformSettings platform, JdbcClient jdbc, LineRepository lines,
			ConversationContacts contacts, Conversations conversations, TenantTransactions transactions) {
		this.sms = sms;
		this.platform = platform;
		this.jdbc = jdbc;
		this.lines = lines;
		this.contacts = contacts;
		this.conversations = conversations;
		this.transactions = transactions;
	}

	public enum Outcome {
		STORED, UNMATCHED, REFUSED
	}

	public Outcome receive(Map<String, String> parameters, String signature) {
		if (!sms.configured() || !new TwilioSignatures(sms.authToken()).verify(url(), parameters, signature)) {
			return Outcome.REFUSED;
		}
		String to = parameters.getOrDefault("To", "");
		String from = parameters.getOrDefault("From", "");
		String body = parameters.getOrDefault("Body", "");
		String sid = parameters.getOrDefault("MessageSid", parameters.getOrDefault("SmsSid", ""));
		if (body.isBlank() || sid.isBlank()) {
			return Outcome.UNMATCHED;
		}
		Optional<UUID[]> line = transactions.call(TenantScope.system(new Actor.Integration("sms")), () -> jdbc
			.sql("select organization_id, id from lines where phone_number = ?")
			.param(to)
			.query((rs, row) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.optional());
		if (line.isEmpty()) {
			log.info("An inbound text was for a number that is no line's; dropped");
			return Outcome.UNMATCHED;
		}
		OrganizationId organization = new OrganizationId(line.get()[0]);
		return transactions.call(organization, new Actor.Integration("sms"), () -> {
			LineView found = lines.find(organization, line.get()[1]).orElseThrow();
			Optional<ConversationContact> contact = from.isBlank() ? Optional.empty()
					: contacts.findByPhone(organization, from)
						.or(() -> contacts.leadFromText(organization, found.assignedUserId(), from));
			if (contact.isEmpty()) {
				log.info("An inbound text on line {} came from no usable number; dropped", found.id());
				return Outcome.UNMATCHED;
			}
			conversations.received(organization, found, contact.get(), from,
					body.length() > 1600 ? body.substring(0, 1600) : body, sid);
			return Outcome.STORED;
		});
	}

	/** The address the provider is told to call, which is what it signs. */
	public String url() {
		return platform.baseUrl().replaceAll("/+$", "") + "/webhooks/sms";
	}
}
