package com.growthhub.masterclasses.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The calendar file sent with a seat's confirmation: the class's times in its own zone, and the personal join link as
 * the event's URL. One UID per registration, so a second confirmation (the new link after a payment) updates the entry.
 */
@Component
class MasterclassCalendarFile {

	static final String FILENAME = "masterclass.ics";
	static final String CONTENT_TYPE = "text/calendar; method=PUBLISH; charset=UTF-8";

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	String write(MasterclassView masterclass, java.util.UUID registrationId, String joinUrl, String organizerEmail) {
		ZoneId zone = ZoneId.of(masterclass.timeZone());
		VEvent event = new VEvent(ZonedDateTime.ofInstant(masterclass.startsAt(), zone),
				ZonedDateTime.ofInstant(masterclass.endsAt(), zone), masterclass.title());
		event.add(new Uid(registrationId + "@masterclasses.growthhub"));
		event.replace(new DtStamp(masterclass.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
		event.add(new Description("Join: " + joinUrl));
		event.add(new Url(URI.create(joinUrl)));
		event.add(ImmutableStatus.VEVENT_CONFIRMED);
		// RFC 5546 wants an organizer on a published event; the installation's sender stands for the host.
		event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//GrowthHub//Masterclasses//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(zones.getTimeZone(zone.getId()).getVTimeZone());
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
