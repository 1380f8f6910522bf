package com.growthhub.messaging.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.messaging.internal.lines.InboundTexts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "SMS webhook", description = "Inbound texts from the Twilio-compatible SMS provider")
class SmsWebhookApiController {

	private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

	private final InboundTexts inbound;

	SmsWebhookApiController(InboundTexts inbound) {
		this.inbound = inbound;
	}

	@PostMapping(path = "/webhooks/sms", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Operation(summary = "A text to one of the lines (Twilio's form fields To, From, Body, MessageSid), signed with "
			+ "X-Twilio-Signature; 403 when the signature is missing or wrong")
	ResponseEntity<?> receive(@RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
		Map<String, String> parameters = form.toSingleValueMap();
		if (signature == null || inbound.receive(parameters, signature) == InboundTexts.Outcome.REFUSED) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"The request is not signed by the SMS provider.");
			problem.setTitle("Signature refused");
			return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(EMPTY_TWIML);
	}
}
