package com.growthhub.platform;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Installation-wide settings ({@code growthhub.*}).
 *
 * @param dataDir where the embedded database and uploaded files live ({@code GROWTHHUB_DATA_DIR})
 * @param secretKey signs access tokens and peppers one-time codes; generated and kept in the database when unset
 * @param baseUrl the address people reach this installation at, used in links inside emails
 */
@ConfigurationProperties("growthhub")
public record PlatformSettings(@DefaultValue("./data") Path dataDir, @Nullable String secretKey,
		@DefaultValue("http://localhost:8080") String baseUrl) {
}
