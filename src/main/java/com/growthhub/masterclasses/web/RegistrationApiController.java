package com.growthhub.masterclasses.web;

import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.masterclasses.internal.RegistrationRequest;
import com.growthhub.masterclasses.internal.Registrations;
import com.growthhub.platform.web.ServerAddress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Masterclass registration (public)", description = "Registering for a published masterclass without an "
		+ "account, as its landing page does")
class RegistrationApiController {

	private final Registrations registrations;
	private final LandingSpamScreen spam;
	private final ServerAddress server;

	RegistrationApiController(Registrations registrations, LandingSpamScreen spam, ServerAddress server) {
		this.registrations = registrations;
		this.spam = spam;
		this.server = server;
	}

	/** @param payUrl where to pay a paid class's invoice (Stripe Checkout), absent once paid and for free classes */
	record RegistrationResponse(java.util.UUID registrationId, java.util.UUID masterclassId, String funnelStatus,
			boolean created, @Nullable String payUrl) {
	}

	@PostMapping("/api/v1/public/masterclasses/{slug}/registrations")
	@Operation(summary = "Registers for a masterclass: {name, email, phone, answers {questionKey: answer}, utm {source, "
			+ "medium, campaign, term, content}}", description = "201 with the new registration: a free class mails the "
					+ "confirmation with the personal join link; a paid one answers payUrl, the invoice to pay. The same "
					+ "email again answers 200 with the existing registration. 409 when sold out or closed; 404 for an "
					+ "unknown or unpublished slug; 429 when the address sends too many.")
	ResponseEntity<RegistrationResponse> register(@PathVariable String slug, @RequestBody Map<String, @Nullable Object> body,
			jakarta.servlet.http.HttpServletRequest request) {
		spam.screenApi(slug, request);
		Registrations.Registered registered = registrations.register(slug, RegistrationRequest.read(body));
		RegistrationResponse response = new RegistrationResponse(registered.registrationId(), registered.masterclassId(),
				registered.funnelStatus().key(), registered.created(),
				registered.payPath() == null ? null : server.baseUrl().replaceAll("/+$", "") + registered.payPath());
		return registered.created()
				? ResponseEntity.created(URI.create("/mc/" + slug)).body(response)
				: ResponseEntity.status(HttpStatus.OK).body(response);
	}
}
