package com.growthhub.integrations.internal.providerhttp;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.growthhub.integrations.internal.connectors.Connector.IssuedTokens;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;

/**
 * A provider's OAuth 2.0 token endpoint (RFC 6749 §4.1.3 and §6): form-encoded grants in, the standard JSON answer
 * out. A refused grant ({@code invalid_grant}: the code was used, the refresh token revoked) answers
 * {@link ProviderUnauthorizedException}, so the connection asks its owner to connect again.
 */
public class OAuthTokenEndpoint {

	/** Answer fields that are tokens or described by {@link IssuedTokens}'s own components, kept out of extra. */
	private static final Set<String> NOT_EXTRA = Set.of("access_token", "refresh_token", "id_token", "expires_in",
			"instance_url", "signature", "token_type");

	/** RFC 6749's error for a bad code or refresh token, and HubSpot's own names for it. */
	private static final List<String> REFUSED_GRANTS = List.of("invalid_grant", "BAD_REFRESH_TOKEN", "BAD_AUTH_CODE");

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private final ProviderClient client;

	private final String path;

	/** The client's own fields, sent with every grant: its id and secret, and whatever else the provider asks. */
	private final Map<String, @Nullable String> clientFields;

	/**
	 * @param path the token endpoint, relative to the client's base URL
	 * @param clientFields {@code client_id}, {@code client_secret} and any provider-specific field, in order
	 */
	public OAuthTokenEndpoint(ProviderClients clients, String providerName, String baseUrl, String path,
			Map<String, @Nullable String> clientFields) {
		this.client = clients.client(providerName, baseUrl, (call, status, headers, errorBody) -> {
			if (status != null && status.is4xxClientError() && errorBody != null
					&& REFUSED_GRANTS.stream().anyMatch(errorBody::contains)) {
				throw new ProviderUnauthorizedException(providerName
						+ " refused the authorization (the code was used or the refresh token revoked); connect the account again");
			}
		});
		this.path = path;
		this.clientFields = new LinkedHashMap<>(clientFields);
	}

	/** A client's id and secret as a provider's token endpoint takes them (RFC 6749 §2.3.1, in the request body). */
	public static Map<String, @Nullable String> clientFields(@Nullable String id,
			@Nullable String secret) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("client_id", id);
		fields.put("client_secret", secret);
		return fields;
	}

	/** Exchanges an authorization code (RFC 6749 §4.1.3) with its PKCE verifier (RFC 7636 §4.5). */
	public IssuedTokens exchange(String code, String codeVerifier, URI redirectUri) {
		MultiValueMap<String, String> form = clientForm();
		form.add("grant_type", "authorization_code");
		form.add("code", code);
		form.add("redirect_uri", redirectUri.toString());
		form.add("code_verifier", codeVerifier);
		return grant("exchange the authorization code", form);
	}

	/** New tokens from a refresh token (RFC 6749 §6). */
	public IssuedTokens refresh(String refreshToken) {
		MultiValueMap<String, String> form = clientForm();
		form.add("grant_type", "refresh_token");
		form.add("refresh_token", refreshToken);
		return grant("refresh the access token", form);
	}

	private MultiValueMap<String, String> clientForm() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		this.clientFields.forEach(form::add);
		return form;
	}

	private IssuedTokens grant(String purpose, MultiValueMap<String, String> form) {
		String secret = form.getFirst("client_secret");
		ProviderCall call = ProviderCall.of(purpose, secret == null ? "" : secret, false);
		Map<String, Object> answer = this.client.send(call, rest -> rest.post()
			.uri(this.path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.APPLICATION_JSON)
			.body(form), JSON_OBJECT);
		if (answer == null || !(answer.get("access_token") instanceof String accessToken)) {
			throw new ProviderFailureException("The token answer to " + purpose + " carried no access token");
		}
		Map<String, String> extra = new LinkedHashMap<>();
		answer.forEach((name, value) -> {
			if (!NOT_EXTRA.contains(name) && value != null && !(value instanceof Map) && !(value instanceof Iterable)) {
				extra.put(name, String.valueOf(value));
			}
		});
		return new IssuedTokens(accessToken, text(answer.get("refresh_token")), seconds(answer.get("expires_in")),
				text(answer.get("instance_url")), Map.copyOf(extra));
	}

	private static @Nullable String text(Object value) {
		return value == null ? null : String.valueOf(value);
	}

	private static @Nullable Long seconds(Object value) {
		if (value instanceof Number number) {
			return number.longValue();
		}
		return value instanceof String text && text.matches("\\d+") ? Long.valueOf(text) : null;
	}
}
