package com.growthhub.messaging.internal.lines;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import tools.jackson.databind.JsonNode;

/**
 * Twilio's REST API (and any compatible one): form-encoded POSTs under {@code /2010-04-01/Accounts/{AccountSid}/},
 * Basic auth with the account SID and auth token. Errors come back as JSON with a {@code message}, which is kept
 * (never the token).
 */
class TwilioApi implements NumberProvisioning, SmsTransport {

	private final RestClient http;

	private final String accountSid;

	TwilioApi(SmsSettings settings) {
		this.accountSid = Objects.requireNonNull(settings.accountSid());
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.version(HttpClient.Version.HTTP_1_1)
			.build());
		requests.setReadTimeout(Duration.ofSeconds(20));
		String credentials = Base64.getEncoder()
			.encodeToString((accountSid + ":" + settings.authToken()).getBytes(StandardCharsets.UTF_8));
		this.http = RestClient.builder()
			.baseUrl(settings.baseUrl())
			.requestFactory(requests)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + credentials)
			.build();
	}

	@Override
	public boolean automatic() {
		return true;
	}

	@Override
	public String buy(String phoneNumber, String friendlyName) throws ProvisioningFailedException {
		try {
			return post("IncomingPhoneNumbers.json", form("PhoneNumber", phoneNumber, "FriendlyName", friendlyName));
		}
		catch (TwilioException e) {
			throw new ProvisioningFailedException(e.getMessage());
		}
	}

	@Override
	public String name() {
		return "twilio";
	}

	@Override
	public String send(String from, String to, String body) throws SmsTransportException {
		try {
			return post("Messages.json", form("From", from, "To", to, "Body", body));
		}
		catch (TwilioException e) {
			throw new SmsTransportException(e.getMessage(), e.permanent);
		}
	}

	/** The {@code sid} of what was created. */
	private String post(String resource, MultiValueMap<String, String> form) throws TwilioException {
		try {
			JsonNode answer = http.post()
				.uri("/2010-04-01/Accounts/{sid}/" + resource, accountSid)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(JsonNode.class);
			String sid = answer == null ? null : answer.path("sid").asString(null);
			if (sid == null) {
				throw new TwilioException("The SMS provider answered without a sid", false);
			}
			return sid;
		}
		catch (RestClientResponseException e) {
			String message = e.getResponseBodyAs(JsonNode.class) instanceof JsonNode body && body.hasNonNull("message")
					? body.path("message").asString() : e.getStatusText();
			int status = e.getStatusCode().value();
			throw new TwilioException("The SMS provider answered " + status + ": " + abbreviated(message),
					status >= 400 && status < 500 && status != 429);
		}
		catch (RestClientException e) {
			throw new TwilioException("The SMS provider could not be reached: " + e.getMessage(), false);
		}
	}

	private static MultiValueMap<String, String> form(String... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			form.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	private static String abbreviated(String text) {
		String single = text.replaceAll("\\s+", " ").strip();
		return single.length() <= 200 ? single : single.substring(0, 200) + "…";
	}

	private static final class TwilioException extends Exception {

		private final boolean permanent;

		TwilioException(String message, boolean permanent) {
			super(message);
			this.permanent = permanent;
		}
	}
}
