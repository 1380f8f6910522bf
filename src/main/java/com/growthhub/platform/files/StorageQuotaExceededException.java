package com.growthhub.platform.files;

import org.springframework.http.HttpStatus;

/** Keeping the upload would take the organization over its storage quota: 413. */
public final class StorageQuotaExceededException extends UploadRefusedException {

	public StorageQuotaExceededException(StorageUsage usage) {
		super(HttpStatus.CONTENT_TOO_LARGE, "Storage quota exceeded", "The organization's files would take more than its "
				+ StorageSizes.format(usage.quotaBytes()) + " of storage (" + StorageSizes.format(usage.usedBytes())
				+ " used). Delete files or ask for a larger quota.");
		withProperty("usedBytes", usage.usedBytes());
		withProperty("quotaBytes", usage.quotaBytes());
	}
}
