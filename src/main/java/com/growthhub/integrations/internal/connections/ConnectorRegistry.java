package com.growthhub.integrations.internal.connections;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.Connector;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.platform.web.NotFoundException;

/** The connector beans by provider: the engine knows providers only through them. */
@Component
public class ConnectorRegistry {

	private final Map<Provider, Connector> connectors = new EnumMap<>(Provider.class);

	/** The first bean of a provider in order wins, so a test or an installation can stand in for one with {@code @Order}. */
	ConnectorRegistry(List<Connector> connectors) {
		connectors.forEach(connector -> this.connectors.putIfAbsent(connector.provider(), connector));
	}

	public List<Connector> all() {
		return List.copyOf(connectors.values());
	}

	public Connector get(Provider provider) {
		Connector connector = connectors.get(provider);
		if (connector == null) {
			throw NotFoundException.of("Integration");
		}
		return connector;
	}

	/** A provider named in a URL ({@code hubspot}, {@code google-sheets}); 404 for one this installation lacks. */
	public Provider provider(String key) {
		String name = key.strip().replace('-', '_').toUpperCase(java.util.Locale.ROOT);
		for (Provider provider : connectors.keySet()) {
			if (provider.name().equals(name)) {
				return provider;
			}
		}
		throw NotFoundException.of("Integration");
	}
}
