package com.growthhub.identity.internal;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.growthhub.identity.CurrentUser;

/** A signed-in person with the authority of their role in the selected organization. */
public class CurrentUserAuthentication extends AbstractAuthenticationToken {

	private final CurrentUser user;

	public CurrentUserAuthentication(CurrentUser user) {
		super(user.role() == null ? List.of() : List.of(new SimpleGrantedAuthority(user.role().authority())));
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public CurrentUser getPrincipal() {
		return user;
	}

	@Override
	public String getName() {
		return user.userId().toString();
	}
}
