package com.growthhub.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.growthhub.identity.ClientAccount;
import com.growthhub.identity.ClientAccounts;
import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.internal.Organizations;

/** The client portal's home: the account, the agency that manages it, and the few places a client may go. */
@Controller
class PortalController {

	private final ClientAccounts clientAccounts;
	private final Organizations organizations;

	PortalController(ClientAccounts clientAccounts, Organizations organizations) {
		this.clientAccounts = clientAccounts;
		this.organizations = organizations;
	}

	@GetMapping("/portal")
	String portal(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("accountName", organizations.get(user.organization()).name());
		model.addAttribute("agencyName", clientAccounts.ofClient(user.organization())
			.map(ClientAccount::agencyId)
			.map(agency -> organizations.get(agency).name())
			.orElse(null));
		return "identity/portal";
	}
}
