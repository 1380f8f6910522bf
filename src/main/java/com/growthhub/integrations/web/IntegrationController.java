package com.growthhub.integrations.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.growthhub.integrations.internal.connections.Connections;
import com.growthhub.integrations.internal.connections.ConnectorRegistry;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.sync.SyncMode;
import com.growthhub.integrations.internal.sync.SyncRuns;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

import jakarta.servlet.http.HttpSession;

/**
 * Settings › Integrations (owners and admins): a card per provider to connect it (a token, or an OAuth sign-in whose
 * state is also bound to this browser session), and each connection's page with its runs.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class IntegrationController {

	private static final String STATES = "integrations.oauth.states";

	private final Connections connections;
	private final SyncRuns runs;
	private final ConnectorRegistry connectors;
	private final IntegrationPageModel pages;

	IntegrationController(Connections connections, SyncRuns runs, ConnectorRegistry connectors, IntegrationPageModel pages) {
		this.connections = connections;
		this.runs = runs;
		this.connectors = connectors;
		this.pages = pages;
	}

	@GetMapping("/settings/integrations")
	String list(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("cards", connections.cards(organization, actor));
		return "integrations/list";
	}

	@GetMapping("/settings/integrations/{provider}")
	String detail(OrganizationId organization, Actor actor, @PathVariable String provider,
			@RequestParam(required = false) @Nullable UUID run, Model model) {
		pages.detail(organization, actor, connectors.provider(provider), run, model);
		return "integrations/detail";
	}

	/** The run history alone, for htmx to refresh while a run is live. */
	@GetMapping(path = "/settings/integrations/{provider}", headers = "HX-Request=true")
	String runsFragment(OrganizationId organization, Actor actor, @PathVariable String provider,
			@RequestParam(required = false) @Nullable UUID run, Model model) {
		pages.detail(organization, actor, connectors.provider(provider), run, model);
		return "integrations/detail :: runs";
	}

	/** A token, or CallTrackingMetrics' access key and secret key with its account id ({@code setting.accountId}). */
	@PostMapping("/settings/integrations/{provider}/connect")
	String connect(OrganizationId organization, Actor actor, @PathVariable String provider,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, String> settings = new java.util.HashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("setting.")) {
				settings.put(name.substring("setting.".length()), value);
			}
		});
		return act(redirect, provider, "integrations.connected", () -> connections.connectWithToken(organization, actor,
				connectors.provider(provider), form.containsKey("accessKey")
						? IntegrationRequests.keyPair(form.get("accessKey"), form.get("secretKey"))
						: form.getOrDefault("token", ""), settings));
	}

	@PostMapping("/settings/integrations/{provider}/authorize")
	String authorize(OrganizationId organization, Actor actor, @PathVariable String provider, HttpSession session,
			RedirectAttributes redirect) {
		Provider p = connectors.provider(provider);
		URI callback = ServletUriComponentsBuilder.fromCurrentContextPath().path("/settings/integrations/{provider}/callback")
			.buildAndExpand(p.key()).toUri();
		try {
			URI authorize = connections.authorizeUrl(organization, actor, p, callback);
			String state = ServletUriComponentsBuilder.fromUri(authorize).build().getQueryParams().getFirst("state");
			session.setAttribute(STATES + "." + p.key(), state);
			return "redirect:" + authorize;
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/settings/integrations";
		}
	}

	/** Where the provider sends the person back: the state must be the one this browser session started. */
	@GetMapping("/settings/integrations/{provider}/callback")
	String callback(OrganizationId organization, Actor actor, @PathVariable String provider,
			@RequestParam(required = false) @Nullable String code, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String error, HttpSession session, RedirectAttributes redirect) {
		Provider p = connectors.provider(provider);
		Object expected = session.getAttribute(STATES + "." + p.key());
		session.removeAttribute(STATES + "." + p.key());
		if (error != null || code == null || state == null || !state.equals(expected)) {
			RefusedAction.flash(redirect, "integrations.signInRefused");
			return "redirect:/settings/integrations";
		}
		return act(redirect, provider, "integrations.connected",
				() -> connections.completeSignIn(organization, actor, p, state, code));
	}

	@PostMapping("/settings/integrations/{provider}/sync")
	String sync(OrganizationId organization, Actor actor, @PathVariable String provider,
			@RequestParam(defaultValue = "incremental") String mode, RedirectAttributes redirect) {
		SyncMode chosen = mode.equals("import") ? SyncMode.IMPORT : SyncMode.INCREMENTAL;
		return act(redirect, provider, "integrations.syncStarted",
				() -> runs.start(organization, actor, connectors.provider(provider), chosen));
	}

	@PostMapping("/settings/integrations/{provider}/pause")
	String pause(OrganizationId organization, Actor actor, @PathVariable String provider, RedirectAttributes redirect) {
		return act(redirect, provider, "integrations.paused", () -> connections.pause(organization, actor, connectors.provider(provider)));
	}

	@PostMapping("/settings/integrations/{provider}/resume")
	String resume(OrganizationId organization, Actor actor, @PathVariable String provider, RedirectAttributes redirect) {
		return act(redirect, provider, "integrations.resumed", () -> connections.resume(organization, actor, connectors.provider(provider)));
	}

	@PostMapping("/settings/integrations/{provider}/disconnect")
	String disconnect(OrganizationId organization, Actor actor, @PathVariable String provider, RedirectAttributes redirect) {
		act(redirect, provider, "integrations.disconnected", () -> {
			connections.disconnect(organization, actor, connectors.provider(provider));
			return null;
		});
		return "redirect:/settings/integrations";
	}

	@PostMapping("/settings/integrations/{provider}/settings")
	String settings(OrganizationId organization, Actor actor, @PathVariable String provider,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, provider, "integrations.saved", () -> pages.saveSettings(organization, actor,
				connectors.provider(provider), form));
	}

	@PostMapping("/settings/integrations/{provider}/mappings")
	String mappings(OrganizationId organization, Actor actor, @PathVariable String provider,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, provider, "integrations.mappingSaved", () -> pages.saveMapping(organization, actor,
				connectors.provider(provider), form));
	}

	/** Monday.com's status mapping: which label of the board's status column each task status is. */
	@PostMapping("/settings/integrations/{provider}/status-mapping")
	String statusMapping(OrganizationId organization, Actor actor, @PathVariable String provider,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act(redirect, provider, "integrations.monday.statusMappingSaved", () -> pages.saveStatusMapping(organization,
				actor, connectors.provider(provider), form));
	}

	@GetMapping(path = "/settings/integrations/{provider}/runs/{runId}/errors.csv", produces = "text/csv")
	ResponseEntity<byte[]> errorsCsv(OrganizationId organization, Actor actor, @PathVariable String provider,
			@PathVariable UUID runId) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sync-errors-" + runId + ".csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(runs.errorsCsv(organization, actor, connectors.provider(provider), runId)
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private String act(RedirectAttributes redirect, String provider, String notice, java.util.function.Supplier<?> work) {
		try {
			work.get();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/settings/integrations/" + connectors.provider(provider).key();
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/settings/integrations";
		}
	}
}
