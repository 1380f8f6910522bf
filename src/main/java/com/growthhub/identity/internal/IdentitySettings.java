package com.growthhub.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code growthhub.identity.*}.
 *
 * @param ipLimit attempts per client address per 15 minutes on each sign-in, code and reset endpoint
 */
@ConfigurationProperties("growthhub.identity")
record IdentitySettings(@DefaultValue("30") int ipLimit) {
}
