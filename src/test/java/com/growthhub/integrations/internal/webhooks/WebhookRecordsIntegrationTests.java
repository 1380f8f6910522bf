package com.growthhub.integrations.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;

/** What is kept about webhooks: who changed them in the audit trail, and finished deliveries for a while only. */
class WebhookRecordsIntegrationTests extends IdentityTestSupport {

	@Autowired
	DeliveryRepository deliveries;

	@Test
	void addingAndDisablingAWebhookIsInTheAuditTrailWithoutItsFailureCounters() {
		String owner = accessToken(registeredOwner());
		String id = api().post("/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/hook"), owner).text("id");
		api().exchange("PATCH", "/api/v1/webhooks/" + id, Map.of("enabled", false), owner, Map.of());

		JsonNode items = api().get("/api/v1/audit-events?entityType=webhook&entityId=" + id, owner).body().path("items");
		assertThat(items.valueStream().map(item -> item.path("action").asString()).toList())
			.containsExactlyInAnyOrder("created", "updated");
		assertThat(items.toString()).contains("http://127.0.0.1:9/hook").doesNotContain("whsec_");
		String updated = items.valueStream().filter(item -> item.path("action").asString().equals("updated")).findFirst()
			.orElseThrow().toString();
		assertThat(updated).contains("enabled").doesNotContain("consecutive_failures");
	}

	@Test
	void finishedDeliveriesAreForgottenAfterTheRetentionPeriodAndPendingOnesAreKept() {
		String owner = accessToken(registeredOwner());
		String id = api().post("/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/hook"), owner).text("id");
		api().exchange("PATCH", "/api/v1/webhooks/" + id, Map.of("enabled", false), owner, Map.of());
		// Queued as the listener would, on a disabled webhook so that the dispatcher leaves them alone.
		UUID organization = UUID.fromString(api().get("/api/v1/organization", owner).text("id"));
		UUID finished = UUID.randomUUID();
		UUID pending = UUID.randomUUID();
		for (UUID delivery : new UUID[] { finished, pending }) {
			asSystem("""
					insert into webhook_deliveries (id, organization_id, subscription_id, message_id, event_key, event_type, payload,
					                                occurred_at, status, next_attempt_at, created_at)
					values (?, ?, ?, 'msg_old', ?, 'contact.created', '{}', now() - interval '31 days', ?, now(),
					        now() - interval '31 days')
					""", delivery, organization, UUID.fromString(id), delivery.toString(),
					delivery.equals(finished) ? "DELIVERED" : "PENDING");
		}

		transactions.run(TenantScope.system(new Actor.Job("test")), () -> deliveries.forgetFinished(Duration.ofDays(30), 5000));

		assertThat(api().get("/api/v1/webhooks/deliveries/" + finished, owner).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/webhooks/deliveries/" + pending, owner).status()).isEqualTo(200);
	}

	private String registeredOwner() {
		String email = uniqueEmail("webhook-records");
		registerVerified(email);
		return email;
	}

	private void asSystem(String sql, Object... parameters) {
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql(sql).params(parameters).update());
	}
}
