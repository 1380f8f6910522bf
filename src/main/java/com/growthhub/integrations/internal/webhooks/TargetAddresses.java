package com.growthhub.integrations.internal.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The SSRF guard: a webhook may go only to a public address, unless the installation allows private ones
 * ({@link WebhookSettings#allowPrivateTargets}). The host is resolved and every address it answers is checked when a
 * subscription is saved; when a delivery is sent, the sender's connections resolve through {@link #connectable}, so
 * the address checked is the address connected to: a name that answers a public address at one lookup and a private
 * one at the next (DNS rebinding) cannot slip between a check and the connection.
 */
@Component
class TargetAddresses {

	static final String PRIVATE = "points at a private, loopback or link-local address, which webhooks may not reach";

	private final boolean allowPrivate;

	private final HostLookup lookup;

	@Autowired
	TargetAddresses(WebhookSettings settings) {
		this(settings.allowPrivateTargets(), HostLookup.SYSTEM);
	}

	TargetAddresses(boolean allowPrivate) {
		this(allowPrivate, HostLookup.SYSTEM);
	}

	TargetAddresses(boolean allowPrivate, HostLookup lookup) {
		this.allowPrivate = allowPrivate;
		this.lookup = lookup;
	}

	/** How a host name becomes addresses: the system's resolver, or a test's. */
	@FunctionalInterface
	interface HostLookup {

		HostLookup SYSTEM = InetAddress::getAllByName;

		InetAddress[] lookup(String host) throws UnknownHostException;
	}

	/** A host whose addresses a webhook may not reach: no connection is opened to it. */
	static final class RefusedAddressException extends UnknownHostException {

		RefusedAddressException(String host) {
			super(host + " " + PRIVATE);
		}
	}

	/** Refuses a URL a webhook may not go to, saying why in words a person understands. */
	void check(String url) {
		URI uri = checkShape(url);
		if (allowPrivate) {
			return;
		}
		try {
			connectable(uri.getHost());
		}
		catch (RefusedAddressException ex) {
			throw WebhookInputException.field("url", PRIVATE);
		}
		catch (UnknownHostException ex) {
			throw WebhookInputException.field("url", "names a host that does not resolve");
		}
	}

	/** The scheme, host and credentials of a URL, without resolving it (the connection's lookup checks the address). */
	URI checkShape(String url) {
		URI uri = parse(url);
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
			throw WebhookInputException.field("url", allowPrivate ? "must start with https:// or http://" : "must start with https://");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw WebhookInputException.field("url", "must name a host");
		}
		if (uri.getUserInfo() != null) {
			throw WebhookInputException.field("url", "must not carry a user name or password");
		}
		return uri;
	}

	/**
	 * Resolves a host once and answers its addresses when a webhook may reach every one of them; the sender connects
	 * only to what this answers. A name that answers any private address is refused whole, as on save.
	 */
	InetAddress[] connectable(String host) throws UnknownHostException {
		InetAddress[] addresses = lookup.lookup(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
		if (!allowPrivate && (addresses.length == 0 || Arrays.stream(addresses).anyMatch(TargetAddresses::isPrivate))) {
			throw new RefusedAddressException(host);
		}
		return addresses;
	}

	private static URI parse(String url) {
		try {
			return new URI(url.strip());
		}
		catch (java.net.URISyntaxException ex) {
			throw WebhookInputException.field("url", "is not a valid URL");
		}
	}

	static boolean isPrivate(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
			boolean mappedV4 = isMappedV4(bytes);
			return uniqueLocal || (mappedV4 && isPrivateV4(new byte[] { bytes[12], bytes[13], bytes[14], bytes[15] }));
		}
		return isPrivateV4(bytes);
	}

	/** Carrier-grade NAT (100.64/10) and 0/8 are not public either; the JDK's checks above do not cover them. */
	private static boolean isPrivateV4(byte[] b) {
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		return first == 0 || first == 10 || first == 127 || (first == 100 && second >= 64 && second < 128)
				|| (first == 169 && second == 254) || (first == 172 && second >= 16 && second < 32)
				|| (first == 192 && second == 168) || first >= 224;
	}

	private static boolean isMappedV4(byte[] b) {
		for (int i = 0; i < 10; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
	}
}
