package com.growthhub.masterclasses.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.growthhub.platform.security.StatelessChains;

/**
 * The live room and its API are open and stateless: the join token in the address is the registrant's credential,
 * so no session is read or created and no cookie authorizes anything (hence no CSRF token either). The token must
 * not leak through the Referer header. The room's Content-Security-Policy depends on the class's stream (its HLS
 * host, or a YouTube or Vimeo frame), so {@link LiveRoomController} writes it per page instead of this chain.
 * Ordered before the landing pages' chain, which matches {@code /mc/**}.
 */
@Configuration(proxyBeanMethods = false)
class LiveRoomSecurity {

	@Bean
	@Order(-10)
	SecurityFilterChain liveRoomChain(HttpSecurity http) throws Exception {
		return StatelessChains.openToAnyone(http, "/mc/*/live", "/api/v1/public/live/**")
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.build();
	}
}
