package com.growthhub.integrations.internal.vault;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under the vault key of the installation secret, and of earlier secrets for opening what they sealed.
 * A key's id is a hash of the key (it names the key without revealing it). A sealed value is a fresh 12-byte nonce
 * followed by the ciphertext and its tag; the associated data binds it to its organization, row and purpose, so a
 * ciphertext copied to another row does not open.
 */
final class VaultKeys {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String currentId;

	private final Map<String, SecretKey> keys;

	/** {@code current} first; {@code previous} may be empty. Each is a 32-byte key. */
	VaultKeys(byte[] current, Iterable<byte[]> previous) {
		this.keys = new LinkedHashMap<>();
		this.currentId = idOf(current);
		keys.put(currentId, new SecretKeySpec(current, "AES"));
		previous.forEach(key -> keys.putIfAbsent(idOf(key), new SecretKeySpec(key, "AES")));
	}

	String currentId() {
		return currentId;
	}

	/** The ids of the earlier keys this installation still has. */
	java.util.List<String> olderIds() {
		return keys.keySet().stream().filter(id -> !id.equals(currentId)).toList();
	}

	byte[] seal(byte[] plain, byte[] associatedData) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData);
			byte[] sealed = cipher.doFinal(plain);
			byte[] out = new byte[NONCE_BYTES + sealed.length];
			System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
			System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Sealing a secret failed", ex);
		}
	}

	/** Empty when the key is not this installation's; throws when the ciphertext or its associated data was altered. */
	Optional<byte[]> open(String keyId, byte[] sealed, byte[] associatedData) {
		SecretKey key = keys.get(keyId);
		if (key == null) {
			return Optional.empty();
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
			cipher.updateAAD(associatedData);
			return Optional.of(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
		}
		catch (GeneralSecurityException ex) {
			throw new VaultIntegrityException("A secret does not open under its key: it was altered or moved", ex);
		}
	}

	static String idOf(byte[] key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 6);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
