package com.growthhub.integrations.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.Connections;
import com.growthhub.integrations.internal.connections.IntegrationSettings;
import com.growthhub.integrations.internal.connectors.InvalidWebhookException;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.sync.TaskStatusMapping;
import com.growthhub.integrations.internal.sync.TaskWebhooks;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.Problems;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Monday.com's board mirror: its editable status mapping, and the webhook Monday.com delivers board changes to
 * (public: the app-signed JWT is the credential). Connecting, syncing and runs go through the generic
 * {@code /api/v1/integrations/monday/…} endpoints.
 */
@RestController
@Tag(name = "Integrations")
class MondayApiController {

	private final TaskWebhooks webhooks;
	private final TaskStatusMapping mapping;
	private final Connections connections;
	private final TenantTransactions transactions;
	private final IntegrationSettings settings;

	MondayApiController(TaskWebhooks webhooks, TaskStatusMapping mapping, Connections connections,
			TenantTransactions transactions, IntegrationSettings settings) {
		this.webhooks = webhooks;
		this.mapping = mapping;
		this.connections = connections;
		this.transactions = transactions;
		this.settings = settings;
	}

	@GetMapping("/api/v1/integrations/monday/status-mapping")
	@Operation(summary = "Which Monday.com status label stands for each task status (backlog, in_progress, review, done)")
	Map<String, String> statusMapping(OrganizationId organization, Actor actor) {
		Connection connection = connections.get(organization, actor, Provider.MONDAY);
		return transactions.call(organization, actor, () -> mapping.labels(organization, connection.id()));
	}

	@PutMapping("/api/v1/integrations/monday/status-mapping")
	@Operation(summary = "Change the labels of some statuses", description = "Keys are task statuses; each label must be "
			+ "the exact text of a label of the board's status column, and different from the others (422).")
	Map<String, String> replaceStatusMapping(OrganizationId organization, Actor actor, @RequestBody Map<String, String> body) {
		Connection connection = connections.get(organization, actor, Provider.MONDAY);
		return transactions.call(organization, actor, () -> mapping.replace(organization, connection.id(), body));
	}

	@PostMapping("/api/v1/integrations/monday/webhook")
	@SecurityRequirements
	@Operation(summary = "A Monday.com webhook delivery (public)", description = "The subscription's {\"challenge\"} is "
			+ "answered as it came. Other deliveries must carry Monday's JWT in Authorization (HS256 with the app's signing "
			+ "secret, growthhub.integrations.monday.signing-secret), else 401; a new item, a rename or a status change of "
			+ "a mirrored board is applied to its task board at once.")
	ResponseEntity<Map<String, Object>> receive(@RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
			HttpServletRequest request) throws IOException {
		TaskWebhooks.Outcome outcome = webhooks.receive(authorization, read(request));
		if (outcome.challenge() != null) {
			return ResponseEntity.ok(Map.of("challenge", outcome.challenge()));
		}
		return ResponseEntity.ok(Map.of("applied", outcome.applied()));
	}

	@ExceptionHandler(InvalidWebhookException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidWebhookException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, "Invalid webhook", ex.getMessage()));
	}

	private byte[] read(HttpServletRequest request) throws IOException {
		int limit = settings.webhookMaxBytes();
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(limit + 1);
			if (body.length > limit) {
				throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "A webhook body may have at most " + limit + " bytes.");
			}
			return body;
		}
	}
}
