package com.growthhub.messaging.internal.lines;

import com.growthhub.messaging.ConversationContacts.ConversationContact;

/** Where a message of a conversation leaves from and goes to: phone numbers for texts, addresses for emails. */
record Addresses(String from, String to) {

	static Addresses of(LineView line, ConversationContact contact, Channel channel) {
		String from = channel == Channel.SMS ? line.phoneNumber() : line.emailAddress();
		String to = channel == Channel.SMS ? contact.phone() : contact.email();
		if (from == null) {
			throw ConversationRefusedException.lineCannot(channel);
		}
		if (to == null) {
			throw ConversationRefusedException.contactUnreachable(channel);
		}
		return new Addresses(from, to);
	}
}
