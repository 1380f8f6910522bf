package com.growthhub.calls;

/** Whether the caller rang the organization or the organization rang out. */
public enum CallDirection {
	INBOUND, OUTBOUND
}
