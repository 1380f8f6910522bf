package com.growthhub.integrations.internal.connectors.googlebusiness;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.growthhub.integrations.internal.connectors.Connector;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.ReviewSource;
import com.growthhub.integrations.internal.connectors.WriteResult;
import com.growthhub.integrations.internal.providerhttp.OAuthTokenEndpoint;
import com.growthhub.integrations.internal.providerhttp.ProviderClients;
import com.growthhub.reviews.IncomingReview;

import tools.jackson.databind.JsonNode;

/**
 * Google Business Profile: signed in with Google OAuth (scope business.manage, offline access), the locations picked on
 * the card, their reviews read through the v4 reviews resource page by page ({@code pageToken} / {@code nextPageToken})
 * and replies put on them. A source of reviews, not of contacts: the contact side of {@link Connector} is empty.
 */
@Component
class GoogleBusinessConnector implements Connector, ReviewSource {

	static final String SCOPE = "https://www.googleapis.com/auth/business.manage";

	private final GoogleBusinessSettings settings;
	private final GoogleBusinessApi api;
	private final OAuthTokenEndpoint tokens;

	GoogleBusinessConnector(GoogleBusinessSettings settings, GoogleBusinessApi api, ProviderClients clients) {
		this.settings = settings;
		this.api = api;
		this.tokens = new OAuthTokenEndpoint(clients, "Google", settings.tokenUrl(), "/token",
				OAuthTokenEndpoint.clientFields(settings.clientId(), settings.clientSecret()));
	}

	@Override
	public Provider provider() {
		return Provider.GOOGLE_BUSINESS;
	}

	@Override
	public boolean configured() {
		return settings.configured();
	}

	@Override
	public boolean usesOAuth() {
		return true;
	}

	@Override
	public boolean syncsContacts() {
		return false;
	}

	@Override
	public List<ConnectionSetting> settings() {
		return List.of(new ConnectionSetting(GoogleBusinessLocations.SETTING, "Locations",
				"The locations whose reviews to read, as accounts/<account id>/locations/<location id>, optionally "
						+ "=Display name, separated by commas",
				true));
	}

	@Override
	public URI authorizeUrl(AuthorizationRequest request) {
		return UriComponentsBuilder.fromUriString(settings.authorizeUrl())
			.queryParam("client_id", settings.clientId())
			.queryParam("redirect_uri", request.redirectUri())
			.queryParam("response_type", "code")
			.queryParam("scope", SCOPE)
			.queryParam("access_type", "offline")
			.queryParam("prompt", "consent")
			.queryParam("state", request.state())
			.queryParam("code_challenge", request.codeChallenge())
			.queryParam("code_challenge_method", "S256")
			.encode()
			.build()
			.toUri();
	}

	@Override
	public IssuedTokens exchange(String code, String codeVerifier, URI redirectUri) {
		return tokens.exchange(code, codeVerifier, redirectUri);
	}

	@Override
	public IssuedTokens refresh(String refreshToken) {
		return tokens.refresh(refreshToken);
	}

	/** The first account the token reaches. */
	@Override
	public AccountInfo test(ProviderCredentials credentials) {
		JsonNode first = api.accounts(credentials).path("accounts").path(0);
		if (first.isMissingNode()) {
			throw new ProviderFailureException("This Google account manages no Business Profile");
		}
		String name = first.path("name").asString("");
		String title = first.path("accountName").asString("");
		return new AccountInfo(name, title.isBlank() ? name : title);
	}

	/**
	 * The cursor is the index of the location being read and Google's page token within it. Every run reads every page
	 * of every picked location: Google's list has no "changed since" filter, and recording a review again changes
	 * nothing, so a location picked later is read whole on the next run. No location picked yet (just signed in): an
	 * empty page, and the card asks for them.
	 */
	@Override
	public ReviewPage reviews(ProviderCredentials credentials, ReviewRequest request) {
		List<GoogleBusinessLocations.Location> locations = GoogleBusinessLocations.of(credentials).all();
		Cursor cursor = Cursor.parse(request.cursor());
		if (cursor.index() >= locations.size()) {
			return new ReviewPage(List.of(), null);
		}
		GoogleBusinessLocations.Location location = locations.get(cursor.index());
		JsonNode answer = api.reviews(credentials, location.name(), request.pageSize(), cursor.pageToken());
		List<IncomingReview> reviews = new ArrayList<>();
		for (JsonNode review : answer.path("reviews")) {
			reviews.add(GoogleReviewJson.read(location.name(), location.title(), review));
		}
		String token = answer.path("nextPageToken").asString("");
		Cursor next = token.isBlank() ? new Cursor(cursor.index() + 1, null) : new Cursor(cursor.index(), token);
		return new ReviewPage(reviews, next.index() >= locations.size() ? null : next.encode());
	}

	@Override
	public void reply(ProviderCredentials credentials, String locationId, String reviewId, String comment) {
		api.reply(credentials, locationId, reviewId, comment);
	}

	@Override
	public RecordPage read(ProviderCredentials credentials, ReadRequest request) {
		return new RecordPage(List.of(), null);
	}

	@Override
	public List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> records) {
		throw new ProviderFailureException("GrowthHub does not send contacts to Google Business Profile");
	}

	@Override
	public List<RemoteField> fields(ProviderCredentials credentials) {
		return List.of();
	}

	@Override
	public Map<String, String> defaultMapping() {
		return Map.of();
	}

	/** Where a run is: which picked location, and Google's token of the next page in it (null: its first page). */
	record Cursor(int index, @Nullable String pageToken) {

		static Cursor parse(@Nullable String text) {
			if (text == null || text.isBlank()) {
				return new Cursor(0, null);
			}
			int bar = text.indexOf('|');
			try {
				int index = Integer.parseInt(bar < 0 ? text : text.substring(0, bar));
				String token = bar < 0 || bar == text.length() - 1 ? null : text.substring(bar + 1);
				return new Cursor(Math.max(0, index), token);
			}
			catch (NumberFormatException ex) {
				return new Cursor(0, null);
			}
		}

		String encode() {
			return index + "|" + (pageToken == null ? "" : pageToken);
		}
	}
}
