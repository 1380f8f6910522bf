package com.growthhub.identity.web;

import com.growthhub.identity.internal.ClientInfo;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** Reads who is signing in from the request: address, browser and the remembered-device token. */
final class ClientInfos {

	static final String DEVICE_COOKIE = com.growthhub.identity.internal.BrowserSignIn.DEVICE_COOKIE;
	static final String DEVICE_HEADER = "X-Device-Token";

	private ClientInfos() {
	}

	static ClientInfo of(HttpServletRequest request) {
		String device = request.getHeader(DEVICE_HEADER);
		if (device == null && request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (DEVICE_COOKIE.equals(cookie.getName())) {
					device = cookie.getValue();
				}
			}
		}
		return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"), device);
	}
}
