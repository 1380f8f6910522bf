package com.growthhub.platform.files;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.util.unit.DataSize;

/**
 * What one use of uploads accepts, e.g. {@code UploadPolicy.of("receipt", DataSize.ofMegabytes(10), "image/jpeg",
 * "image/png", "application/pdf")}. Types are compared with the type decided from the bytes, without parameters.
 *
 * @param purpose a short word recorded with each file ({@code receipt}, {@code media}), for operators
 */
public record UploadPolicy(String purpose, Set<String> allowedTypes, DataSize maxSize) {

	public UploadPolicy {
		if (allowedTypes.isEmpty()) {
			throw new IllegalArgumentException("An upload policy allows at least one type");
		}
		if (maxSize.toBytes() <= 0) {
			throw new IllegalArgumentException("An upload policy allows at least one byte");
		}
		allowedTypes = allowedTypes.stream().map(type -> type.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}

	public static UploadPolicy of(String purpose, DataSize maxSize, String... allowedTypes) {
		return new UploadPolicy(purpose, Stream.of(allowedTypes).collect(Collectors.toSet()), maxSize);
	}

	/** Whether {@code contentType} (as detected, e.g. {@code image/png}) is one of the allowed types. */
	public boolean allows(String contentType) {
		return allowedTypes.contains(contentType.toLowerCase(Locale.ROOT));
	}
}
