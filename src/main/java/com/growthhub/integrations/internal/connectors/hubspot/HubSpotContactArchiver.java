package com.growthhub.integrations.internal.connectors.hubspot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.growthhub.integrations.internal.connectors.DeleteResult;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderRateLimitedException;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;

/**
 * Deletes contacts through {@code POST /crm/v3/objects/contacts/batch/archive} in HubSpot's batches of 100 (archived
 * contacts go to HubSpot's recycle bin for 90 days). HubSpot answers a batch with 204 and no per-record results, and
 * refuses a batch whole when one input is bad, so a refused batch is sent again one contact at a time: only the bad
 * one fails. Ids HubSpot does not know are archived already as far as it is concerned, and it says 204 for them too.
 */
class HubSpotContactArchiver {

	static final int BATCH_SIZE = 100;

	static final String PATH = "/crm/v3/objects/contacts/batch/archive";

	private final HubSpotApi api;

	HubSpotContactArchiver(HubSpotApi api) {
		this.api = api;
	}

	List<DeleteResult> delete(ProviderCredentials credentials, List<String> externalIds) {
		Map<String, DeleteResult> results = new HashMap<>();
		for (int from = 0; from < externalIds.size(); from += BATCH_SIZE) {
			archive(credentials, externalIds.subList(from, Math.min(from + BATCH_SIZE, externalIds.size())), results);
		}
		return externalIds.stream().map(results::get).toList();
	}

	private void archive(ProviderCredentials credentials, List<String> batch, Map<String, DeleteResult> results) {
		List<Map<String, String>> inputs = new ArrayList<>();
		batch.forEach(id -> inputs.add(Map.of("id", id)));
		try {
			this.api.archive(credentials, "delete " + batch.size() + " contacts", PATH, Map.of("inputs", inputs));
		}
		catch (ProviderUnauthorizedException | ProviderRateLimitedException ex) {
			throw ex;
		}
		catch (ProviderFailureException ex) {
			if (batch.size() > 1) {
				batch.forEach(id -> archive(credentials, List.of(id), results));
			}
			else {
				results.put(batch.getFirst(), new DeleteResult(batch.getFirst(), ex.getMessage()));
			}
			return;
		}
		batch.forEach(id -> results.put(id, DeleteResult.done(id)));
	}
}
