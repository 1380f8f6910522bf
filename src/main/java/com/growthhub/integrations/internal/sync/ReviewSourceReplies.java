package com.growthhub.integrations.internal.sync;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.ConnectionCredentials;
import com.growthhub.integrations.internal.connections.ConnectionRepository;
import com.growthhub.integrations.internal.connections.ConnectorRegistry;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ReviewSource;
import com.growthhub.reviews.ReplyNotPostedException;
import com.growthhub.reviews.ReviewReplies;
import com.growthhub.shared.OrganizationId;

/**
 * Posts a reply written in the reviews module through the connection of the review's provider, while the person waits:
 * a refusal or failure there is theirs to read, and the review stays unanswered. A paused connection still posts
 * (pausing stops syncing, not what people do here); none at all answers "not connected".
 */
@Component
class ReviewSourceReplies implements ReviewReplies {

	private final ConnectorRegistry connectors;
	private final ConnectionRepository connections;
	private final ConnectionCredentials credentials;

	ReviewSourceReplies(ConnectorRegistry connectors, ConnectionRepository connections,
			ConnectionCredentials credentials) {
		this.connectors = connectors;
		this.connections = connections;
		this.credentials = credentials;
	}

	@Override
	public boolean handles(String provider) {
		return source(provider).isPresent();
	}

	@Override
	public void post(OrganizationId organization, String provider, String locationId, String reviewExternalId,
			String text) {
		ReviewSource source = source(provider).orElseThrow();
		Connection connection = connections.live(organization, Provider.valueOf(provider.toUpperCase(Locale.ROOT)), false)
			.orElseThrow(() -> ReplyNotPostedException.notConnected("Google Business Profile"));
		try {
			credentials.call(connection, creds -> {
				source.reply(creds, locationId, reviewExternalId, text);
				return null;
			});
		}
		catch (ProviderFailureException ex) {
			throw ReplyNotPostedException.refused(ex.getMessage());
		}
	}

	private Optional<ReviewSource> source(String provider) {
		return connectors.all().stream()
			.filter(connector -> connector.provider().key().equals(provider))
			.filter(ReviewSource.class::isInstance)
			.map(ReviewSource.class::cast)
			.findFirst();
	}
}
