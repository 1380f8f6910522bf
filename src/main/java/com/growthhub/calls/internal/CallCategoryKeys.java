package com.growthhub.calls.internal;

import java.util.Arrays;
import java.util.List;

/** The category keys as requests and answers spell them, for messages naming the values a field takes. */
final class CallCategoryKeys {

	private CallCategoryKeys() {
	}

	static List<String> all() {
		return Arrays.stream(CallCategory.values()).map(CallCategory::key).toList();
	}
}
