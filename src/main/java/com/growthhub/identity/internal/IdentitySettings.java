package com.growthhub.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code growthhub.identity.*}.
 *
 * @param ipLimit attempts per client address per 15 minutes on each sign-in, code and reset endpoint
 * @param accountLimit failed password sign-ins per account and client address per 15 minutes before that address
 *        is refused even the right password until the window ends (other addresses are not: strangers must not be able
 *        to lock a person out; failures from everywhere count towards asking for a second factor instead); also the
 *        wrong current-password answers a signed-in person may give per 15 minutes
 */
@ConfigurationProperties("growthhub.identity")
record IdentitySettings(@DefaultValue("30") int ipLimit, @DefaultValue("10") int accountLimit) {
}
