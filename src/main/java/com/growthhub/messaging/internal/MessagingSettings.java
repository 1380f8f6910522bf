package com.growthhub.messaging.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code growthhub.messaging.*}: the sender address of every email. */
@ConfigurationProperties("growthhub.messaging")
record MessagingSettings(@DefaultValue("GrowthHub <no-reply@growthhub.local>") String from) {
}
