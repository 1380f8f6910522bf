package com.growthhub.identity.web;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.Role;
import com.growthhub.identity.internal.Organizations;
import com.growthhub.identity.internal.ViewerZones;

/**
 * Who is looking at a page, for the shell and every module's templates: {@code currentUser}
 * (null when anonymous), {@code myOrganizations}, {@code currentOrganizationName}, {@code isAdmin}, {@code isClient}
 * (the client portal's reduced navigation), {@code isAgency} (the agency hub's link),
 * {@code isOwner} and {@code viewerZone}, the id of the zone they read times in (their own, else their
 * organization's, else UTC): {@code #temporals.format(x, 'yyyy-MM-dd HH:mm', viewerZone)}. The look-ups are lazy
 * so API calls and redirects never pay for them.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

	private final Organizations organizations;
	private final ViewerZones zones;

	CurrentUserAdvice(Organizations organizations, ViewerZones zones) {
		this.organizations = organizations;
		this.zones = zones;
	}

	@ModelAttribute
	void addCurrentUser(Model model) {
		CurrentUser user = current();
		model.addAttribute("currentUser", user);
		model.addAttribute("isAdmin", user != null && user.hasRole(Role.ADMIN));
		model.addAttribute("isOwner", user != null && user.hasRole(Role.OWNER));
		model.addAttribute("isClient", user != null && user.role() == Role.CLIENT);
		model.addAttribute("isAgency", new LazyContextVariable<Boolean>() {
			@Override
			protected Boolean loadValue() {
				return user != null && user.organizationId() != null && user.hasRole(Role.MEMBER)
						&& organizations.isAgency(user.organization());
			}
		});
		if (user == null) {
			model.addAttribute("viewerZone", "UTC");
			return;
		}
		model.addAttribute("viewerZone", new LazyContextVariable<String>() {
			@Override
			protected String loadValue() {
				return zones.of(user).getId();
			}
		});
		LazyContextVariable<List<Organizations.MyOrganization>> mine = new LazyContextVariable<>() {
			@Override
			protected List<Organizations.MyOrganization> loadValue() {
				return organizations.mine(user.userId());
			}
		};
		model.addAttribute("myOrganizations", mine);
		model.addAttribute("currentOrganizationName", new LazyContextVariable<@Nullable String>() {
			@Override
			protected @Nullable String loadValue() {
				return mine.getValue()
					.stream()
					.filter(organization -> Objects.equals(organization.id(), user.organizationId()))
					.map(Organizations.MyOrganization::name)
					.findFirst()
					.orElse(null);
			}
		});
	}

	static @Nullable CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
	}
}
