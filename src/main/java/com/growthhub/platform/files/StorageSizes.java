package com.growthhub.platform.files;

import java.util.Locale;

/** Byte counts as people read them: 512 bytes, 3.4 MB, 5 GB (powers of 1024, as quotas are set). */
public final class StorageSizes {

	private static final String[] UNITS = { "KB", "MB", "GB", "TB" };

	private StorageSizes() {
	}

	public static String format(long bytes) {
		if (bytes < 1024) {
			return bytes + (bytes == 1 ? " byte" : " bytes");
		}
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < UNITS.length - 1) {
			value /= 1024;
			unit++;
		}
		String number = value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.1f", value);
		return number + " " + UNITS[unit];
	}
}
