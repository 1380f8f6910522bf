package com.growthhub.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import com.growthhub.platform.security.InstallationSecrets;

/** Short-lived (15 minutes) HS256 access tokens naming the user, the session and the organization. */
@Component
public class AccessTokens {

	static final Duration LIFETIME = Duration.ofMinutes(15);
	private static final String ISSUER = "growthhub";

	private final JwtEncoder encoder;
	private final JwtDecoder decoder;

	AccessTokens(InstallationSecrets secrets) {
		SecretKeySpec key = new SecretKeySpec(secrets.key("jwt"), "HmacSHA256");
		this.encoder = NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build();
		this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
	}

	public record Claims(UUID userId, UUID sessionId, @Nullable UUID organizationId) {
	}

	String issue(UUID userId, UUID sessionId, @Nullable UUID organizationId) {
		Instant now = Instant.now();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(userId.toString())
			.issuedAt(now)
			.expiresAt(now.plus(LIFETIME))
			.claim("sid", sessionId.toString());
		if (organizationId != null) {
			claims.claim("org", organizationId.toString());
		}
		return encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
			.getTokenValue();
	}

	/** The claims of a valid, unexpired token, or null. */
	public @Nullable Claims verify(String token) {
		try {
			Jwt jwt = decoder.decode(token);
			if (!ISSUER.equals(jwt.getClaimAsString("iss"))) {
				return null;
			}
			String org = jwt.getClaimAsString("org");
			return new Claims(UUID.fromString(jwt.getSubject()), UUID.fromString(jwt.getClaimAsString("sid")),
					org == null ? null : UUID.fromString(org));
		}
		catch (JwtException | IllegalArgumentException | NullPointerException ex) {
			return null;
		}
	}
}
