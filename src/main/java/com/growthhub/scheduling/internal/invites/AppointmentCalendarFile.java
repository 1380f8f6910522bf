package com.growthhub.scheduling.internal.invites;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

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
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The calendar file (RFC 5545/5546) sent with an appointment's emails. The UID is derived from the appointment's
 * identity alone, so every email about it (confirmation, reschedule with a higher {@code SEQUENCE}, cancellation with
 * {@code METHOD:CANCEL}) updates the one entry a calendar already holds. Times carry the {@code TZID} of the reader's
 * zone with its {@code VTIMEZONE}, so a calendar shows them right across daylight-saving changes.
 */
@Component
public class AppointmentCalendarFile {

	public static final String FILENAME = "invite.ics";
	public static final String CONTENT_TYPE_REQUEST = "text/calendar; method=REQUEST; charset=UTF-8";
	public static final String CONTENT_TYPE_CANCEL = "text/calendar; method=CANCEL; charset=UTF-8";

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	public record Person(String name, String email) {
	}

	/**
	 * One revision of an appointment as a calendar sees it.
	 *
	 * @param uidSeed the appointment's lasting identity (the first booking's id when a reschedule made a new row)
	 * @param changedAt when this revision was made: the DTSTAMP, so the same revision reads the same every time
	 */
	public record Invite(UUID uidSeed, String title, Instant start, Instant end, ZoneId zone, int sequence,
			boolean cancel, Person organizer, Person attendee, @Nullable String description, @Nullable String link,
			Instant changedAt) {
	}

	public static String uid(UUID uidSeed) {
		return uidSeed + "@appointments.growthhub";
	}

	public String write(Invite invite) {
		VEvent event = new VEvent(ZonedDateTime.ofInstant(invite.start(), invite.zone()),
				ZonedDateTime.ofInstant(invite.end(), invite.zone()), invite.title());
		event.add(new Uid(uid(invite.uidSeed())));
		event.add(new Sequence(invite.sequence()));
		// ical4j stamps the time of writing; the revision's own time keeps a resent file identical.
		event.replace(new DtStamp(invite.changedAt().truncatedTo(ChronoUnit.SECONDS)));
		if (invite.description() != null) {
			event.add(new Description(invite.description()));
		}
		if (invite.link() != null) {
			event.add(new Url(URI.create(invite.link())));
		}
		event.add(invite.cancel() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		event.add(new Organizer(URI.create("mailto:" + invite.organizer().email())).add(new Cn(invite.organizer().name())));
		event.add(new Attendee(URI.create("mailto:" + invite.attendee().email())).add(new Cn(invite.attendee().name()))
			.add(Role.REQ_PARTICIPANT)
			.add(invite.cancel() ? PartStat.DECLINED : PartStat.ACCEPTED)
			.add(Rsvp.FALSE));
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//GrowthHub//Appointments//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(invite.cancel() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
		calendar.add(zones.getTimeZone(invite.zone().getId()).getVTimeZone());
		calendar.add(event);
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}
}
