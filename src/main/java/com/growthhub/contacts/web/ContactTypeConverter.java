package com.growthhub.contacts.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactType;

/** Query parameters use the same lower-case keys as JSON: {@code ?type=lead}. */
@Component
class ContactTypeConverter implements Converter<String, ContactType> {

	@Override
	public ContactType convert(String source) {
		return ContactType.fromKey(source);
	}
}
