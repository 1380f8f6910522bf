package com.growthhub.messaging.internal.lines;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** A message that cannot go: the line or the contact has no address for the channel. */
public class ConversationRefusedException extends ProblemException {

	private ConversationRefusedException(String title, String detail) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, title, detail);
	}

	static ConversationRefusedException badText() {
		return new ConversationRefusedException("Message text needed", "Write a message of 1 to 1,600 characters.");
	}

	static ConversationRefusedException lineCannot(Channel channel) {
		return channel == Channel.SMS
				? new ConversationRefusedException("Line has no phone number", "This line has no phone number to text from.")
				: new ConversationRefusedException("Line has no email address", "This line has no email address to write from.");
	}

	static ConversationRefusedException contactUnreachable(Channel channel) {
		return channel == Channel.SMS
				? new ConversationRefusedException("Contact has no phone number", "This contact has no phone number to text.")
				: new ConversationRefusedException("Contact has no email address", "This contact has no email address.");
	}
}
