package com.growthhub.integrations.internal.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactSync;
import com.growthhub.contacts.ContactSync.Change;
import com.growthhub.contacts.ContactSync.Incoming;
import com.growthhub.contacts.ContactSync.Match;
import com.growthhub.contacts.ContactSync.Outcome;
import com.growthhub.contacts.ContactType;
import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.FieldMapping;
import com.growthhub.integrations.internal.connectors.ExternalRecord;

/**
 * Applies one page read from a provider, inside the transaction that saves the run's checkpoint: maps remote fields to
 * local ones, matches and writes the contacts set-wise through {@link ContactSync}, settles fields changed on both
 * sides since the last sync (the newer change of that field wins, and the run logs the conflict), logs a warning for
 * each field contacts left out (an owner who is not a member, a lifecycle that would move backwards), and remembers
 * what was synced.
 */
@Component
class InboundPage {

	private final ContactSync contacts;
	private final SyncLinks links;
	private final SyncRunRepository runs;

	InboundPage(ContactSync contacts, SyncLinks links, SyncRunRepository runs) {
		this.contacts = contacts;
		this.links = links;
		this.runs = runs;
	}

	PageCounts apply(Connection connection, UUID runId, List<ExternalRecord> page) {
		List<ExternalRecord> live = page.stream().filter(record -> !record.deleted()).toList();
		List<ExternalRecord> deleted = page.stream().filter(ExternalRecord::deleted).toList();
		int skipped = deleted(connection, deleted);
		List<Incoming> incoming = live.stream().map(record -> new Incoming(record.externalId(), local(connection, record))).toList();
		List<Match> matches = contacts.match(connection.organization(), connection.platform(), incoming);
		Map<UUID, SyncLinks.Link> linked = links.of(connection.id(),
				matches.stream().map(Match::contactId).filter(Objects::nonNull).toList());
		List<Change> changes = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		int failed = 0;
		int conflicts = 0;
		for (int i = 0; i < matches.size(); i++) {
			Match match = matches.get(i);
			if (match.error() != null) {
				failed++;
				runs.error(connection.organization(), runId, RunError.Kind.ERROR, match.externalId(), null, null,
						"Not imported: " + match.error() + ".");
				continue;
			}
			warn(connection, runId, match);
			Map<String, String> values = new HashMap<>(match.values());
			SyncLinks.Link link = match.contactId() == null ? null : linked.get(match.contactId());
			if (link != null) {
				conflicts += settle(connection, runId, live.get(i), match, link, values);
			}
			changes.add(new Change(match.contactId(), match.externalId(), values));
			positions.add(i);
		}
		List<Outcome> outcomes = contacts.apply(connection.organization(), connection.actor(), connection.platform(), changes);
		int created = 0;
		int updated = 0;
		List<SyncLinks.Synced> synced = new ArrayList<>();
		for (int j = 0; j < outcomes.size(); j++) {
			Outcome outcome = outcomes.get(j);
			ExternalRecord record = live.get(positions.get(j));
			switch (outcome.result()) {
				case CREATED -> created++;
				case UPDATED -> updated++;
				case UNCHANGED -> skipped++;
				case FAILED -> {
					failed++;
					runs.error(connection.organization(), runId, RunError.Kind.ERROR, outcome.externalId(), outcome.contactId(),
							null, "Not imported: " + outcome.error() + ".");
				}
			}
			if (outcome.contactId() != null && outcome.result() != ContactSync.Result.FAILED) {
				synced.add(new SyncLinks.Synced(outcome.contactId(), outcome.externalId(),
						agreed(matches.get(positions.get(j))), record.modifiedAt()));
			}
		}
		links.save(connection.organization(), connection.id(), synced, false);
		return new PageCounts(page.size(), created, updated, skipped, failed, conflicts, 0);
	}

	/**
	 * Writes only what changed at the provider since the last sync; a field changed here and there, to different
	 * values, keeps the later change of that field (here: when contacts saw the field change; there: the record's
	 * modification time, as providers do not say per field without a call per record). Local wins by dropping the field
	 * from what is written (the next push sends it); answers the conflicts.
	 */
	private int settle(Connection connection, UUID runId, ExternalRecord record, Match match, SyncLinks.Link link,
			Map<String, String> values) {
		int conflicts = 0;
		for (String field : List.copyOf(values.keySet())) {
			String remote = values.get(field);
			String local = match.current().get(field);
			String synced = link.synced().get(field);
			if (Objects.equals(remote, synced)) {
				// Unchanged there (a record read again): a local change since must survive, and goes out with the push.
				values.remove(field);
				continue;
			}
			boolean both = !Objects.equals(remote, synced) && !Objects.equals(local, synced) && !Objects.equals(remote, local);
			if (!both) {
				continue;
			}
			conflicts++;
			Instant localChange = match.changedAt(field);
			boolean localNewer = localChange != null && localChange.isAfter(record.modifiedAt());
			if (localNewer) {
				values.remove(field);
			}
			runs.error(connection.organization(), runId, RunError.Kind.CONFLICT, record.externalId(), match.contactId(), field,
					"Changed on both sides since the last sync; kept the " + (localNewer ? "GrowthHub" : connection.provider().key())
							+ " value, changed later (" + when(localNewer ? localChange : record.modifiedAt()) + ").");
		}
		return conflicts;
	}

	private void warn(Connection connection, UUID runId, Match match) {
		for (ContactSync.Skipped skipped : match.skipped()) {
			runs.error(connection.organization(), runId, RunError.Kind.WARNING, match.externalId(), match.contactId(),
					skipped.field(), "Applied without its " + (skipped.field().equals(ContactSync.OWNER_EMAIL) ? "owner" : skipped.field())
							+ ": " + skipped.reason() + ".");
		}
	}

	/**
	 * What both sides now agree on: the record's values; for a field contacts left out, the local value, so the push
	 * does not overwrite the provider's value with ours until one side changes the field again; and for a lifecycle
	 * the record does not give, the contact's (a new one is a contact): a default, not a change of ours to send.
	 */
	private static Map<String, String> agreed(Match match) {
		Map<String, String> agreed = new HashMap<>(match.values());
		for (ContactSync.Skipped skipped : match.skipped()) {
			String local = match.current().get(skipped.field());
			if (local != null) {
				agreed.put(skipped.field(), local);
			}
		}
		if (!agreed.containsKey(ContactSync.LIFECYCLE)) {
			agreed.put(ContactSync.LIFECYCLE, match.contactId() == null ? ContactType.CONTACT.key()
					: match.current().getOrDefault(ContactSync.LIFECYCLE, ContactType.CONTACT.key()));
		}
		return agreed;
	}

	/** Deletions at the provider trash the linked contacts only when the connection opted in; else they are skipped. */
	private int deleted(Connection connection, List<ExternalRecord> deleted) {
		if (deleted.isEmpty()) {
			return 0;
		}
		List<String> ids = deleted.stream().map(ExternalRecord::externalId).toList();
		if (connection.syncDeletions()) {
			contacts.trash(connection.organization(), connection.actor(), links.contactsOf(connection.id(), ids));
			links.forget(connection.id(), ids);
		}
		return deleted.size();
	}

	private static Map<String, String> local(Connection connection, ExternalRecord record) {
		Map<String, String> values = new HashMap<>();
		for (FieldMapping field : connection.mapping()) {
			String value = field.direction().imports() ? record.fields().get(field.remote()) : null;
			if (value != null && !value.isBlank()) {
				values.put(field.local(), value);
			}
		}
		return values;
	}

	private static String when(@Nullable Instant instant) {
		return instant == null ? "unknown" : instant.toString();
	}
}
