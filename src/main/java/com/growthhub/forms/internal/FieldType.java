package com.growthhub.forms.internal;

/** What a field asks for; decides how it is rendered and how its answer is checked. */
public enum FieldType {
	TEXT, EMAIL, PHONE, NUMBER, SELECT, MULTI_SELECT, RADIO, CHECKBOX, TEXTAREA, DATE, FILE, CONSENT, HIDDEN;

	/** Types whose answer must be one (or several) of the field's options. */
	public boolean hasOptions() {
		return this == SELECT || this == MULTI_SELECT || this == RADIO;
	}

	/** Types that may carry several values. */
	public boolean multiple() {
		return this == MULTI_SELECT;
	}
}
