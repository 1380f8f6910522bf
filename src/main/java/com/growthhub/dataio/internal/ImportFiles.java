package com.growthhub.dataio.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.platform.PlatformSettings;
import com.growthhub.shared.OrganizationId;

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

	/** The organization's folder. */
	Path folder(OrganizationId organization) {
		return folder(platform.dataDir(), organization.value());
	}

	Path uploadOf(OrganizationId organization, UUID uploadId) {
		return folder(organization).resolve(uploadId + ".upload");
	}

	Path fileOf(OrganizationId organization, UUID importId) {
		return fileOf(folder(organization), importId);
	}

	Path errorFileOf(OrganizationId organization, UUID importId) {
		return errorFileOf(folder(organization), importId);
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
