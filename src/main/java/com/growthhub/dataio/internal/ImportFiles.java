package com.growthhub.dataio.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.platform.PlatformSettings;
import com.growthhub.platform.tenancy.TenantContext;

/** Where an organization's uploads, import files and error files live: {@code <data dir>/imports/<organization>}. */
@Component
class ImportFiles {

	private final PlatformSettings platform;

	ImportFiles(PlatformSettings platform) {
		this.platform = platform;
	}

	static Path folder(Path dataDir, UUID organization) {
		return dataDir.resolve("imports").resolve(organization.toString());
	}

	static Path fileOf(Path folder, UUID importId) {
		return folder.resolve(importId + ".csv");
	}

	static Path errorFileOf(Path folder, UUID importId) {
		return folder.resolve(importId + ".errors.csv");
	}

	/** The current organization's folder. */
	Path uploads() {
		return folder(platform.dataDir(), TenantContext.requireOrganizationId().value());
	}

	Path uploadOf(UUID uploadId) {
		return uploads().resolve(uploadId + ".upload");
	}

	Path fileOf(UUID importId) {
		return fileOf(uploads(), importId);
	}

	Path errorFileOf(UUID importId) {
		return errorFileOf(uploads(), importId);
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a leftover upload is removed with the organization's import folder
		}
	}
}
