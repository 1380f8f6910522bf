package com.growthhub.integrations.internal.connectors.ctm;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import com.growthhub.calls.IncomingCall;
import com.growthhub.integrations.internal.connectors.CallSource;
import com.growthhub.integrations.internal.connectors.Connector;
import com.growthhub.integrations.internal.connectors.InvalidWebhookException;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.WriteResult;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CallTrackingMetrics account: connected with an access key and secret key (kept together in the vault as the Basic
 * credential) and the account id; a source of calls, not of contacts, so the contact side of {@link Connector} is
 * empty and the engine reads it through {@link CallSource}.
 */
@Component
class CtmConnector implements Connector, CallSource {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CtmApi api;

	CtmConnector(CtmApi api) {
		this.api = api;
	}

	@Override
	public Provider provider() {
		return Provider.CTM;
	}

	@Override
	public boolean configured() {
		return true;
	}

	@Override
	public boolean usesOAuth() {
		return false;
	}

	@Override
	public boolean syncsContacts() {
		return false;
	}

	@Override
	public List<ConnectionSetting> settings() {
		return List.of(new ConnectionSetting(CtmApi.ACCOUNT, "Account id",
				"The number in CallTrackingMetrics' address bar (…/accounts/12345) or under Settings → Account", true));
	}

	@Override
	public URI authorizeUrl(AuthorizationRequest request) {
		throw new ProviderFailureException("CallTrackingMetrics connects with an access key and secret key");
	}

	@Override
	public IssuedTokens exchange(String code, String codeVerifier, URI redirectUri) {
		throw new ProviderFailureException("CallTrackingMetrics connects with an access key and secret key");
	}

	@Override
	public IssuedTokens refresh(String refreshToken) {
		throw new ProviderFailureException("CallTrackingMetrics keys do not expire; reconnect with new keys");
	}

	@Override
	public AccountInfo test(ProviderCredentials credentials) {
		String account = CtmApi.account(credentials);
		JsonNode answer = this.api.call(credentials, "read the account", HttpMethod.GET, "/api/v1/accounts/" + account,
				null, true);
		String name = answer.path("name").asString("");
		return new AccountInfo(account, name.isBlank() ? "CallTrackingMetrics account " + account : name);
	}

	/**
	 * The first page asks for calls from the day before {@code since} (the API filters by whole days, in the account's
	 * zone); later pages follow {@code next_page}, whose query is the cursor, always sent to the configured host.
	 */
	@Override
	public CallPage calls(ProviderCredentials credentials, CallRequest request) {
		String path = "/api/v1/accounts/" + CtmApi.account(credentials) + "/calls.json";
		String query = request.cursor();
		if (query == null) {
			UriComponentsBuilder first = UriComponentsBuilder.newInstance()
				.queryParam("page", 1)
				.queryParam("per_page", request.pageSize());
			if (request.since() != null) {
				first.queryParam("start_date", request.since().minusSeconds(24 * 3600).atOffset(ZoneOffset.UTC).toLocalDate());
			}
			query = first.build().getQuery();
		}
		JsonNode answer = this.api.call(credentials, "list calls", HttpMethod.GET, path + "?" + query, null, true);
		List<IncomingCall> calls = new ArrayList<>();
		for (JsonNode call : answer.path("calls")) {
			calls.add(CtmCallJson.read(call));
		}
		return new CallPage(calls, nextQuery(answer.path("next_page")));
	}

	private static @Nullable String nextQuery(JsonNode nextPage) {
		if (!nextPage.isString() || nextPage.asString().isBlank()) {
			return null;
		}
		UriComponents next = UriComponentsBuilder.fromUriString(nextPage.asString()).build();
		if (next.getQuery() == null || next.getQueryParams().getFirst("page") == null) {
			throw new ProviderFailureException("CallTrackingMetrics named a next page GrowthHub cannot follow");
		}
		return next.getQuery();
	}

	@Override
	public IncomingCall call(ProviderCredentials credentials, String externalId) {
		JsonNode answer = this.api.call(credentials, "read a call", HttpMethod.GET,
				"/api/v1/accounts/" + CtmApi.account(credentials) + "/calls/" + digits(externalId), null, true);
		return CtmCallJson.read(answer.has("call") ? answer.path("call") : answer);
	}

	/** The rating is the call's sale score; 0 is how CallTrackingMetrics says "not scored". */
	@Override
	public void rate(ProviderCredentials credentials, String externalId, @Nullable Integer rating) {
		this.api.call(credentials, "score a call", HttpMethod.POST,
				"/api/v1/accounts/" + CtmApi.account(credentials) + "/calls/" + digits(externalId) + "/sale",
				Map.of("score", rating == null ? 0 : rating), true);
	}

	private static String digits(String externalId) {
		if (!externalId.matches("\\d{1,20}")) {
			throw new ProviderFailureException("Call " + externalId + " is not a CallTrackingMetrics call id");
		}
		return externalId;
	}

	@Override
	public @Nullable String deliveryAccount(byte[] body) {
		try {
			return CtmCallJson.account(delivered(body));
		}
		catch (InvalidWebhookException notACall) {
			return null;
		}
	}

	/** A delivery is one call object, as the calls list has it (its {@code call} member when wrapped). */
	@Override
	public List<IncomingCall> delivery(ProviderCredentials credentials, Map<String, String> headers, byte[] body) {
		CtmWebhookSignature.verify(secretKey(credentials), headers.get(CtmWebhookSignature.HEADER), body);
		return List.of(CtmCallJson.read(delivered(body)));
	}

	private static JsonNode delivered(byte[] body) {
		try {
			JsonNode node = JSON.readTree(body);
			return node.has("call") ? node.path("call") : node;
		}
		catch (JacksonException ex) {
			throw new InvalidWebhookException("The delivery is not the JSON of a call.");
		}
	}

	private static String secretKey(ProviderCredentials credentials) {
		String token = credentials.accessToken();
		int colon = token.indexOf(':');
		return colon < 0 ? token : token.substring(colon + 1);
	}

	@Override
	public RecordPage read(ProviderCredentials credentials, ReadRequest request) {
		return new RecordPage(List.of(), null);
	}

	@Override
	public List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> records) {
		throw new ProviderFailureException("GrowthHub does not send contacts to CallTrackingMetrics");
	}

	@Override
	public List<RemoteField> fields(ProviderCredentials credentials) {
		return List.of();
	}

	@Override
	public Map<String, String> defaultMapping() {
		return Map.of();
	}
}
