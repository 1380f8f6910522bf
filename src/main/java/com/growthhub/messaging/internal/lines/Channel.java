package com.growthhub.messaging.internal.lines;

/** How a conversation reaches the contact: texts from the line's number, or emails from its address. */
public enum Channel {
	SMS, EMAIL
}
