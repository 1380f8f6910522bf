package com.growthhub.masterclasses.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.web.ServerAddress;
import com.growthhub.shared.OrganizationId;

/**
 * The registrant's emails (template {@code masterclass-seat}): the confirmation with the personal join link and the
 * calendar file, and the reminders before the start. Queued in the caller's transaction, so a mail goes out if and only
 * if what caused it commits; the join link is marked secret so the email log shows it masked.
 */
@Component
class SeatMail {

	static final String TEMPLATE = "masterclass-seat";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);

	private final Outbox outbox;
	private final ServerAddress server;
	private final MasterclassCalendarFile calendar;

	SeatMail(Outbox outbox, ServerAddress server, MasterclassCalendarFile calendar) {
		this.outbox = outbox;
		this.server = server;
		this.calendar = calendar;
	}

	void confirm(OrganizationId organization, MasterclassView masterclass, Registrant registrant, String token) {
		String joinUrl = base() + JoinTokens.joinPath(masterclass.slug(), token);
		byte[] ics = calendar.write(masterclass, registrant.registrationId(), joinUrl,
				"noreply@" + java.net.URI.create(base()).getHost()).getBytes(StandardCharsets.UTF_8);
		outbox.enqueue(new EmailRequest(organization, null, registrant.email(), TEMPLATE,
				"Your seat: " + masterclass.title(), model(masterclass, registrant, "confirmed", joinUrl), joinUrl,
				List.of(new EmailRequest.Attachment(MasterclassCalendarFile.FILENAME, MasterclassCalendarFile.CONTENT_TYPE,
						ics)))
			.toContact(registrant.contactId()));
	}

	/** A reminder with a personal join link of its own (the confirmation's token is not stored to repeat). */
	void remind(OrganizationId organization, MasterclassView masterclass, Registrant registrant, String token,
			String when) {
		String joinUrl = base() + JoinTokens.joinPath(masterclass.slug(), token);
		outbox.enqueue(new EmailRequest(organization, null, registrant.email(), TEMPLATE,
				"Reminder: " + masterclass.title() + " " + when, model(masterclass, registrant, "reminder", joinUrl),
				joinUrl)
			.toContact(registrant.contactId()));
	}

	private Map<String, Object> model(MasterclassView masterclass, Registrant registrant, String kind, String link) {
		ZoneId zone = ZoneId.of(masterclass.timeZone());
		return Map.of("kind", kind, "title", masterclass.title(), "name", registrant.name(), "when",
				WHEN.format(masterclass.startsAt().atZone(zone)) + " (" + zone.getId() + ")", "link", link);
	}

	private String base() {
		return server.baseUrl().replaceAll("/+$", "");
	}

	/** Who a mail goes to. */
	record Registrant(UUID registrationId, UUID contactId, String name, String email) {
	}
}
