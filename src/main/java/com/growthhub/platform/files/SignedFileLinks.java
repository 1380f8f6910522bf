package com.growthhub.platform.files;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.growthhub.platform.security.InstallationSecrets;
import com.growthhub.shared.OrganizationId;

/**
 * The application's own public links to files in the local store: {@code /files/shared/<file>?org=…&expires=…&signature=…}
 * where the signature is an HMAC-SHA256, under a key derived from the installation secret, of the organization, the
 * file and the expiry. Whoever holds the link may read that one file until it expires; changing any part of it breaks
 * the signature. Every node shares the secret, so any node serves any link.
 */
@Component
public class SignedFileLinks {

	public static final String PATH = "/files/shared/";

	private final byte[] key;
	private final Clock clock;

	@Autowired
	SignedFileLinks(InstallationSecrets secrets) {
		this(secrets.key("file-links"), Clock.systemUTC());
	}

	SignedFileLinks(byte[] key, Clock clock) {
		this.key = key;
		this.clock = clock;
	}

	/** What checking a link found. */
	public enum Verdict {
		VALID, EXPIRED, INVALID
	}

	URI link(OrganizationId organization, FileId file, Instant expires) {
		long epoch = expires.getEpochSecond();
		return UriComponentsBuilder.fromPath(PATH + file.value())
			.queryParam("org", organization.value())
			.queryParam("expires", epoch)
			.queryParam("signature", signature(organization.value(), file.value(), epoch))
			.build()
			.toUri();
	}

	/** A tampered link is {@link Verdict#INVALID} whatever its expiry says; an intact one may have expired. */
	public Verdict check(UUID organization, UUID file, long expires, String signature) {
		if (!InstallationSecrets.constantTimeEquals(signature(organization, file, expires), signature)) {
			return Verdict.INVALID;
		}
		return clock.instant().getEpochSecond() > expires ? Verdict.EXPIRED : Verdict.VALID;
	}

	private String signature(UUID organization, UUID file, long expires) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal((organization + "/" + file + "/" + expires).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
