package com.growthhub.integrations.internal.connections;

/**
 * One mapped field: a local key ({@code email}, {@code cf.budget}) and the provider's field, and which way values
 * flow ({@code import} only, {@code export} only, or {@code both}).
 */
public record FieldMapping(String local, String remote, Flow direction) {

	public enum Flow {
		BOTH, IMPORT, EXPORT;

		public boolean imports() {
			return this != EXPORT;
		}

		public boolean exports() {
			return this != IMPORT;
		}
	}
}
