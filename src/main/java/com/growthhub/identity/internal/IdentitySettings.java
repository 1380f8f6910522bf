package com.growthhub.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code growthhub.identity.*}.
 *
 * @param ipLimit attempts per client address per 15 minutes on each sign-in, code and reset endpoint
 * @param accountLimit failed password sign-ins per account per 15 minutes, from any address, before the account
 *        refuses even the right password until the window ends
 */
@ConfigurationProperties("growthhub.identity")
record IdentitySettings(@DefaultValue("30") int ipLimit, @DefaultValue("10") int accountLimit) {
}
