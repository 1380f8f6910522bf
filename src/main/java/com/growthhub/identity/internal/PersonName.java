package com.growthhub.identity.internal;

/** A name typed in one field, stored as the first and last name a user account has. */
final class PersonName {

	private static final int PART = 100;

	private PersonName() {
	}

	/** The first word, and the rest (possibly empty); each cut to what the users table holds. */
	static String[] split(String fullName) {
		String name = fullName.strip();
		int space = name.indexOf(' ');
		String first = space < 0 ? name : name.substring(0, space);
		String last = space < 0 ? "" : name.substring(space + 1).strip();
		return new String[] { cut(first), cut(last) };
	}

	private static String cut(String part) {
		return part.length() > PART ? part.substring(0, PART) : part;
	}
}
