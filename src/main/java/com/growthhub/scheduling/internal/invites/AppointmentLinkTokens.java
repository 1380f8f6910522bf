package com.growthhub.scheduling.internal.invites;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.growthhub.platform.security.Base64Url;
import com.growthhub.platform.security.InstallationSecrets;

/**
 * The tokens in an appointment email's reschedule and cancel links: the appointment, the action, the appointment's
 * revision ({@code sequence}) and an expiry (the appointment's start), with an HMAC under a key derived from the
 * installation secret. Nothing is stored: every node checks a token alone, nobody can forge or alter one, and a
 * token from before a reschedule names an older revision, which the caller refuses.
 */
@Component
public class AppointmentLinkTokens {

	/** Where a token leads: the page that shows the appointment and offers its action. */
	public static final String MANAGE_PATH = "/appointments/manage/";

	private static final int MAC_BYTES = 12;
	private static final int PAYLOAD_BYTES = 16 + 1 + 4 + 8;

	private final SecretKeySpec key;

	@Autowired
	AppointmentLinkTokens(InstallationSecrets secrets) {
		this(secrets.key("appointment-links"));
	}

	AppointmentLinkTokens(byte[] key) {
		this.key = new SecretKeySpec(key, "HmacSHA256");
	}

	public enum Action {
		RESCHEDULE, CANCEL
	}

	/** What a genuine token says; whether it still holds is for the appointment's current state to decide. */
	public record Claim(UUID appointmentId, Action action, int sequence, Instant expires) {

		public boolean expiredAt(Instant now) {
			return !now.isBefore(expires);
		}
	}

	public String of(Claim claim) {
		byte[] payload = ByteBuffer.allocate(PAYLOAD_BYTES)
			.putLong(claim.appointmentId().getMostSignificantBits())
			.putLong(claim.appointmentId().getLeastSignificantBits())
			.put((byte) claim.action().ordinal())
			.putInt(claim.sequence())
			.putLong(claim.expires().getEpochSecond())
			.array();
		byte[] token = ByteBuffer.allocate(PAYLOAD_BYTES + MAC_BYTES).put(payload).put(mac(payload), 0, MAC_BYTES).array();
		return Base64Url.encode(token);
	}

	/** The claim of a token this installation made; empty for anything else (malformed, altered, made up). */
	public Optional<Claim> read(String token) {
		byte[] raw = Base64Url.decode(token.strip()).orElse(new byte[0]);
		if (raw.length != PAYLOAD_BYTES + MAC_BYTES) {
			return Optional.empty();
		}
		byte[] payload = Arrays.copyOf(raw, PAYLOAD_BYTES);
		if (!MessageDigest.isEqual(Arrays.copyOf(mac(payload), MAC_BYTES), Arrays.copyOfRange(raw, PAYLOAD_BYTES, raw.length))) {
			return Optional.empty();
		}
		ByteBuffer buffer = ByteBuffer.wrap(payload);
		UUID appointment = new UUID(buffer.getLong(), buffer.getLong());
		int action = buffer.get();
		if (action < 0 || action >= Action.values().length) {
			return Optional.empty();
		}
		return Optional.of(new Claim(appointment, Action.values()[action], buffer.getInt(),
				Instant.ofEpochSecond(buffer.getLong())));
	}

	private byte[] mac(byte[] value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(value);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
