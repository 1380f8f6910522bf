package com.growthhub.eventplanning.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Calendar invitations (RFC 5545/5546) for an event: one UID per event for ever, so a calendar replaces its copy
 * when an update ({@code METHOD:REQUEST} with a higher {@code SEQUENCE}) or a cancellation ({@code METHOD:CANCEL})
 * arrives; times in the event's own zone with its {@code VTIMEZONE}, so they stay right across daylight saving.
 */
@Component
public class CalendarInvites {

	public static final String CONTENT_TYPE_REQUEST = "text/calendar; method=REQUEST; charset=UTF-8";
	public static final String CONTENT_TYPE_CANCEL = "text/calendar; method=CANCEL; charset=UTF-8";

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	/** Who gets this copy of the invitation; {@code null} for the event's own download. */
	public record Invitee(String name, String email) {
	}

	public record Organizer(String name, String email) {
	}

	/** The invitation's text; {@code cancel} makes it a cancellation, else a request. */
	public String invitation(EventView event, boolean cancel, int sequence, @Nullable Organizer organizer,
			@Nullable Invitee invitee, @Nullable String link) {
		VEvent vevent = new VEvent(ZonedDateTime.ofInstant(event.startsAt(), event.zone()),
				ZonedDateTime.ofInstant(event.endsAt(), event.zone()), event.title());
		vevent.add(new Uid(uid(event)));
		vevent.add(new Sequence(sequence));
		// Stamped with the last change, not the time of writing: the same revision reads the same every time.
		vevent.replace(new DtStamp(event.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
		String place = event.venue() != null ? event.venue() : event.onlineUrl();
		if (place != null) {
			vevent.add(new Location(place));
		}
		if (event.description() != null) {
			vevent.add(new Description(event.description()));
		}
		URI url = link != null ? URI.create(link) : event.onlineUrl() != null ? URI.create(event.onlineUrl()) : null;
		if (url != null) {
			vevent.add(new Url(url));
		}
		vevent.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		if (organizer != null) {
			Organizer by = organizer;
			vevent.add(new net.fortuna.ical4j.model.property.Organizer(URI.create("mailto:" + by.email()))
				.add(new Cn(by.name())));
		}
		if (invitee != null) {
			vevent.add(new Attendee(URI.create("mailto:" + invitee.email())).add(new Cn(invitee.name()))
				.add(Role.REQ_PARTICIPANT)
				.add(cancel ? PartStat.DECLINED : PartStat.ACCEPTED)
				.add(Rsvp.FALSE));
		}
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//GrowthHub//Events//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
		calendar.add(zones.getTimeZone(event.timeZone()).getVTimeZone());
		calendar.add(vevent);
		StringWriter out = new StringWriter();
		try {
			// Not validated: a download of the event itself has no ATTENDEE, which RFC 5546 asks of a REQUEST.
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	public byte[] bytes(String invitation) {
		return invitation.getBytes(StandardCharsets.UTF_8);
	}

	/** The same for every copy and every revision of the event. */
	static String uid(EventView event) {
		return event.id() + "@events.growthhub";
	}
}
