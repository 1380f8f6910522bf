package com.growthhub.messaging.internal.lines;

/** A line the plan includes, or one the organization pays for on top. */
public enum BillingType {
	FREE, PAID
}
