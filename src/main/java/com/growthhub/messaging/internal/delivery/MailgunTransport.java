package com.growthhub.messaging.internal.delivery;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
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
 * Mailgun's {@code POST /v3/{domain}/messages} (multipart form, basic auth {@code api:<key>}). Mailgun tracks opens
 * and clicks itself ({@code o:tracking-*}) and reports them to {@code /webhooks/mailgun}; the message's id travels as
 * the user variable {@code growthhub-message-id}, so a report finds its message even before Mailgun's id is stored.
 */
public class MailgunTransport implements MailTransport {

	public static final String MESSAGE_ID_VARIABLE = "growthhub-message-id";

	private final RestClient http;

	private final String domain;

	public MailgunTransport(MailgunSettings settings) {
		this.domain = Objects.requireNonNull(settings.domain());
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.version(HttpClient.Version.HTTP_1_1)
			.build());
		requests.setReadTimeout(Duration.ofSeconds(20));
		String credentials = Base64.getEncoder()
			.encodeToString(("api:" + settings.apiKey()).getBytes(StandardCharsets.UTF_8));
		this.http = RestClient.builder()
			.baseUrl(settings.baseUrl())
			.requestFactory(requests)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + credentials)
			.build();
	}

	@Override
	public String name() {
		return "mailgun";
	}

	@Override
	public @Nullable String send(OutgoingEmail email) throws MailTransportException {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("from", email.from());
		form.add("to", email.to());
		form.add("subject", email.subject());
		form.add("html", email.html());
		form.add("text", email.text());
		String tracking = email.tracked() ? "yes" : "no";
		form.add("o:tracking", tracking);
		form.add("o:tracking-opens", tracking);
		form.add("o:tracking-clicks", email.tracked() ? "htmlonly" : "no");
		form.add("v:" + MESSAGE_ID_VARIABLE, email.id().toString());
		for (OutgoingEmail.Attached attachment : email.attachments()) {
			HttpHeaders part = new HttpHeaders();
			part.setContentType(MediaType.parseMediaType(attachment.contentType()));
			part.setContentDispositionFormData("attachment", attachment.filename());
			form.add("attachment", new HttpEntity<>(new ByteArrayResource(attachment.content()) {
				@Override
				public String getFilename() {
					return attachment.filename();
				}
			}, part));
		}
		try {
			JsonNode answer = http.post()
				.uri("/v3/{domain}/messages", domain)
				.contentType(MediaType.MULTIPART_FORM_DATA)
				.body(form)
				.retrieve()
				.body(JsonNode.class);
			return answer == null ? null : answer.path("id").asString(null);
		}
		catch (RestClientResponseException e) {
			throw new MailTransportException("Mailgun answered " + e.getStatusCode().value() + ": "
					+ abbreviated(e.getResponseBodyAsString()));
		}
		catch (RestClientException e) {
			throw new MailTransportException("Mailgun could not be reached: " + e.getMessage(), e);
		}
	}

	private static String abbreviated(String body) {
		String single = body.replaceAll("\\s+", " ").strip();
		return single.length() <= 200 ? single : single.substring(0, 200) + "…";
	}
}
