package com.growthhub.integrations.internal.connectors.hubspot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderRateLimitedException;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;
import com.growthhub.integrations.internal.connectors.WriteResult;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.BatchAnswer;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.BatchError;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.BatchInput;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.BatchRequest;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.Contact;

/**
 * Writes contacts in HubSpot's batches of 100: those it already knows by id through {@code batch/update}, the others
 * through {@code batch/upsert} with {@code idProperty=email}, so a contact that exists there under the same email is
 * updated instead of duplicated. Each input carries the local contact id as {@code objectWriteTraceId}, which the
 * answer's results and errors repeat; that is how each result finds its record. When HubSpot refuses a whole batch
 * (one bad value fails a batch with 400), the records are sent one by one so only the bad one fails.
 */
@Component
class HubSpotContactWriter {

	static final int BATCH_SIZE = 100;

	private final HubSpotApi api;

	HubSpotContactWriter(HubSpotApi api) {
		this.api = api;
	}

	List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> records) {
		Map<UUID, WriteResult> results = new HashMap<>();
		List<OutboundRecord> updates = new ArrayList<>();
		List<OutboundRecord> upserts = new ArrayList<>();
		for (OutboundRecord record : records) {
			if (record.externalId() != null) {
				updates.add(record);
			}
			else if (email(record) != null) {
				upserts.add(record);
			}
			else {
				results.put(record.contactId(), new WriteResult(record.contactId(), null,
						"HubSpot matches new contacts by email, and this contact has none"));
			}
		}
		for (int from = 0; from < updates.size(); from += BATCH_SIZE) {
			send(credentials, "/crm/v3/objects/contacts/batch/update", updates.subList(from, Math.min(from + BATCH_SIZE, updates.size())), results);
		}
		for (int from = 0; from < upserts.size(); from += BATCH_SIZE) {
			send(credentials, "/crm/v3/objects/contacts/batch/upsert", upserts.subList(from, Math.min(from + BATCH_SIZE, upserts.size())), results);
		}
		return records.stream().map(record -> results.get(record.contactId())).toList();
	}

	private void send(ProviderCredentials credentials, String path, List<OutboundRecord> batch, Map<UUID, WriteResult> results) {
		BatchAnswer answer;
		try {
			answer = this.api.write(credentials, "write " + batch.size() + " contacts", path,
					new BatchRequest(batch.stream().map(HubSpotContactWriter::input).toList()), BatchAnswer.class);
		}
		catch (ProviderUnauthorizedException | ProviderRateLimitedException ex) {
			throw ex;
		}
		catch (ProviderFailureException ex) {
			if (batch.size() > 1) {
				batch.forEach(record -> send(credentials, path, List.of(record), results));
			}
			else {
				results.put(batch.getFirst().contactId(), new WriteResult(batch.getFirst().contactId(), null, ex.getMessage()));
			}
			return;
		}
		for (OutboundRecord record : batch) {
			results.put(record.contactId(), result(record, answer));
		}
	}

	private static WriteResult result(OutboundRecord record, BatchAnswer answer) {
		String trace = record.contactId().toString();
		for (Contact contact : answer.results() == null ? List.<Contact>of() : answer.results()) {
			if (trace.equals(contact.objectWriteTraceId()) || contact.id().equals(record.externalId())
					|| sameEmail(record, contact)) {
				return new WriteResult(record.contactId(), contact.id(), null);
			}
		}
		List<BatchError> errors = answer.errors() == null ? List.of() : answer.errors();
		String message = errors.stream()
			.filter(error -> error.names(trace) || (record.externalId() != null && error.names(record.externalId()))
					|| (email(record) != null && error.names(email(record))))
			.map(BatchError::message)
			.findFirst()
			.orElse(null);
		return new WriteResult(record.contactId(), null,
				"HubSpot refused this contact: " + (message != null ? message : "no result came back for it"));
	}

	private static boolean sameEmail(OutboundRecord record, Contact contact) {
		String email = email(record);
		String theirs = contact.properties().get("email");
		return email != null && theirs != null && email.equals(theirs.toLowerCase(Locale.ROOT));
	}

	private static BatchInput input(OutboundRecord record) {
		String trace = record.contactId().toString();
		return record.externalId() != null ? new BatchInput(record.externalId(), null, record.fields(), trace)
				: new BatchInput(record.fields().get("email").strip(), "email", record.fields(), trace);
	}

	private static @Nullable String email(OutboundRecord record) {
		String email = record.fields().get("email");
		return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
	}
}
