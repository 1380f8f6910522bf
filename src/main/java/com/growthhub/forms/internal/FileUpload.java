package com.growthhub.forms.internal;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

import com.growthhub.platform.files.UploadPolicy;

/**
 * What a file field accepts: types (as decided from the bytes, never the name) out of {@link #OFFERED}, and a size
 * up to {@link #MAX_MB}. Left out, a file field takes documents and pictures up to {@link #DEFAULT_MB} MB.
 */
public record FileUpload(List<String> types, Integer maxMb) {

	/** The types a form may accept: documents and pictures a browser can show; nothing executable. */
	public static final Set<String> OFFERED = Set.of("application/pdf", "image/jpeg", "image/png", "image/gif",
			"image/webp", "text/plain", "text/csv");

	public static final List<String> DEFAULT_TYPES = List.of("application/pdf", "image/jpeg", "image/png");

	public static final int DEFAULT_MB = 10;

	public static final int MAX_MB = 25;

	public static final FileUpload DEFAULT = new FileUpload(DEFAULT_TYPES, DEFAULT_MB);

	public FileUpload {
		types = types == null || types.isEmpty() ? DEFAULT_TYPES : List.copyOf(types);
		maxMb = maxMb == null ? DEFAULT_MB : maxMb;
	}

	public static FileUpload of(@Nullable FileUpload upload) {
		return upload == null ? DEFAULT : upload;
	}

	UploadPolicy policy() {
		return UploadPolicy.of("form-upload", DataSize.ofMegabytes(maxMb), types.toArray(String[]::new));
	}

	/** The {@code accept} attribute of the page's file input. */
	public String accept() {
		return String.join(",", types);
	}
}
