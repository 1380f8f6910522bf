package com.growthhub.calls;

/** How a call ended, as the provider reports it. */
public enum CallStatus {
	ANSWERED, MISSED, VOICEMAIL
}
