package com.growthhub.integrations.internal.connectors.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.growthhub.integrations.internal.connectors.DeleteResult;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;

/**
 * Deletes leads and contacts through the sObject Collections resource: {@code DELETE /composite/sobjects?ids=…} with
 * up to 200 ids a call and {@code allOrNone=false}, so one refused record does not stop the others. Salesforce
 * answers one result per id, in order; a record deleted already ({@code ENTITY_IS_DELETED}, in the recycle bin) is
 * what was asked for.
 */
class SalesforceContactDeleter {

	static final int BATCH_SIZE = 200;

	private final SalesforceApi api;

	SalesforceContactDeleter(SalesforceApi api) {
		this.api = api;
	}

	List<DeleteResult> delete(ProviderCredentials credentials, List<String> externalIds) {
		List<DeleteResult> results = new ArrayList<>();
		for (int from = 0; from < externalIds.size(); from += BATCH_SIZE) {
			List<String> batch = externalIds.subList(from, Math.min(from + BATCH_SIZE, externalIds.size()));
			List<Map<String, Object>> answer = this.api.delete(credentials, "delete " + batch.size() + " records",
					this.api.uri(credentials, this.api.dataPath() + "/composite/sobjects",
							Map.of("ids", String.join(",", batch), "allOrNone", "false")),
					SalesforceApi.ARRAY);
			for (int i = 0; i < batch.size(); i++) {
				results.add(result(batch.get(i), i < answer.size() ? answer.get(i) : Map.of()));
			}
		}
		return results;
	}

	private static DeleteResult result(String id, Map<String, Object> result) {
		if (Boolean.TRUE.equals(result.get("success"))) {
			return DeleteResult.done(id);
		}
		List<String> reasons = new ArrayList<>();
		if (result.get("errors") instanceof List<?> errors) {
			for (Object error : errors) {
				if (error instanceof Map<?, ?> map) {
					if ("ENTITY_IS_DELETED".equals(map.get("statusCode"))) {
						return DeleteResult.done(id);
					}
					reasons.add(map.get("message") + " (" + map.get("statusCode") + ")");
				}
			}
		}
		return new DeleteResult(id,
				"Salesforce refused to delete this record: " + (reasons.isEmpty() ? "no result came back for it" : String.join("; ", reasons)));
	}
}
