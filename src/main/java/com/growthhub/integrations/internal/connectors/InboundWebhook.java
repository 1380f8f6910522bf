package com.growthhub.integrations.internal.connectors;

import java.util.List;
import java.util.Map;

/**
 * A provider that pushes changes to {@code POST /api/v1/integrations/{provider}/webhook}: checks a delivery's signature
 * (and its age and reuse where the provider signs a timestamp) with the installation's configuration, and names the
 * records it touches. The engine finds the connection by {@link Change#accountId()} and syncs those records.
 */
public interface InboundWebhook {

	Provider provider();

	/**
	 * The changes a verified delivery carries.
	 * @param requestUrl the full URL the provider called, as it signed it
	 * @param headers request headers with lower-case names
	 * @throws InvalidWebhookException when the signature is missing, wrong, too old or already used
	 */
	List<Change> verify(String requestUrl, Map<String, String> headers, byte[] body);

	/** One record the delivery names: the provider account (HubSpot portal, GoHighLevel location), its id there. */
	record Change(String accountId, String externalId, boolean deleted) {
	}
}
