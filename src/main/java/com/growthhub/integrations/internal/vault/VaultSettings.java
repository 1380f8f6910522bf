package com.growthhub.integrations.internal.vault;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The vault's key comes from the installation secret ({@code GROWTHHUB_SECRET_KEY}). To rotate that secret, set the
 * new one and list the old ones in {@code GROWTHHUB_PREVIOUS_SECRET_KEYS} (comma-separated) until the rekeying job
 * has sealed every secret again; the log says when none is left under an old key.
 *
 * @param previousSecretKeys earlier installation secrets whose vault keys may still seal some rows
 */
@ConfigurationProperties("growthhub.vault")
public record VaultSettings(@DefaultValue List<String> previousSecretKeys) {

	@Override
	public String toString() {
		return "VaultSettings[previousSecretKeys=" + previousSecretKeys.size() + " set]";
	}
}
