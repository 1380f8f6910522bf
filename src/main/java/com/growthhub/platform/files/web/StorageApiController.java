package com.growthhub.platform.files.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.platform.files.StorageUsage;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Storage", description = "The organization's stored files: bytes used and the quota")
class StorageApiController {

	private final StoredFiles files;

	StorageApiController(StoredFiles files) {
		this.files = files;
	}

	record StorageResponse(long usedBytes, long quotaBytes, long remainingBytes, int percentUsed) {
		static StorageResponse of(StorageUsage usage) {
			return new StorageResponse(usage.usedBytes(), usage.quotaBytes(), usage.remainingBytes(), usage.percentUsed());
		}
	}

	@GetMapping("/api/v1/storage")
	@Operation(summary = "How many bytes the organization's files take, and its storage quota")
	StorageResponse usage(OrganizationId organization) {
		return StorageResponse.of(files.usage(organization));
	}
}
