package com.growthhub.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.Role;
import com.growthhub.identity.internal.Invitations;
import com.growthhub.identity.internal.Organizations;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Settings › Members: everyone sees who belongs; admins change roles, remove people and invite. */
@Controller
class MembersController {

	static final String VIEW = "identity/settings/members";

	private final Organizations organizations;
	private final Invitations invitations;

	MembersController(Organizations organizations, Invitations invitations) {
		this.organizations = organizations;
		this.invitations = invitations;
	}

	record InviteForm(@NotBlank @Email @Size(max = 254) String email, @NotNull Role role) {
	}

	@GetMapping("/settings/members")
	String members(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("inviteForm", new InviteForm("", Role.MEMBER));
		return page(user, model);
	}

	@PostMapping("/settings/members/{id}/role")
	@PreAuthorize("hasRole('ADMIN')")
	String changeRole(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam Role role,
			RedirectAttributes redirect) {
		return act(redirect, "settings.members.roleChanged", () -> organizations.changeRole(user, id, role));
	}

	@PostMapping("/settings/members/{id}/remove")
	@PreAuthorize("hasRole('ADMIN')")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, "settings.members.removed", () -> organizations.remove(user, id));
	}

	@PostMapping("/settings/members/invitations")
	@PreAuthorize("hasRole('ADMIN')")
	String invite(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("inviteForm") InviteForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(user, model);
		}
		try {
			invitations.invite(user, form.email(), form.role());
		}
		catch (ErrorResponseException ex) {
			FormProblems.reject(result, ex);
			return page(user, model);
		}
		catch (AccessDeniedException ex) {
			result.rejectValue("role", "settings.members.ownersOnly");
			return page(user, model);
		}
		redirect.addFlashAttribute("notice", "settings.members.invited");
		return "redirect:/settings/members";
	}

	@PostMapping("/settings/members/invitations/{id}/revoke")
	@PreAuthorize("hasRole('ADMIN')")
	String revokeInvitation(@PathVariable UUID id, OrganizationId organization, Actor actor, RedirectAttributes redirect) {
		return act(redirect, "settings.members.invitationRevoked", () -> invitations.revoke(organization, actor, id));
	}

	/** Runs an admin action; a refusal the person can act on (last owner, owners only) is shown on the page. */
	private static String act(RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", success);
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		catch (AccessDeniedException ex) {
			RefusedAction.flash(redirect, "settings.members.ownersOnly");
		}
		return "redirect:/settings/members";
	}

	private String page(CurrentUser user, Model model) {
		OrganizationId organization = user.organization();
		model.addAttribute("members", organizations.members(organization));
		model.addAttribute("assignableRoles", assignableRoles(user));
		if (user.hasRole(Role.ADMIN)) {
			model.addAttribute("invitations", invitations.list(organization));
		}
		return VIEW;
	}

	/** Admins hand out every role below owner; only owners make owners. */
	private static List<Role> assignableRoles(CurrentUser user) {
		return Arrays.stream(Role.values()).filter(role -> role != Role.OWNER || user.hasRole(Role.OWNER)).toList();
	}
}
