package com.growthhub.masterclasses.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.identity.Members;
import com.growthhub.masterclasses.internal.MasterclassInputException;
import com.growthhub.masterclasses.internal.MasterclassView;
import com.growthhub.masterclasses.internal.Masterclasses;
import com.growthhub.masterclasses.internal.RegistrationRequest;
import com.growthhub.masterclasses.internal.Registrations;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.ProblemException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public landing page {@code /mc/{slug}}: the value proposition, host, agenda, countdown, seats left and the
 * registration form, which posts back here and answers with the confirmation (or the invoice to pay) on the same page.
 */
@Controller
class LandingController {

	private final Masterclasses masterclasses;
	private final Registrations registrations;
	private final Members members;
	private final LandingSpamScreen spam;

	LandingController(Masterclasses masterclasses, Registrations registrations, Members members,
			LandingSpamScreen spam) {
		this.masterclasses = masterclasses;
		this.registrations = registrations;
		this.members = members;
		this.spam = spam;
	}

	@GetMapping("/mc/{slug}")
	String page(@PathVariable String slug, @RequestParam Map<String, String> query, Model model) {
		Masterclasses.Public found = find(slug);
		Map<String, String> utm = new LinkedHashMap<>();
		query.forEach((key, value) -> {
			if (key.startsWith("utm_") && value.length() <= 200) {
				utm.put(key, value);
			}
		});
		model.addAttribute("utm", utm);
		model.addAttribute("form", Map.of());
		return landing(found, model);
	}

	@PostMapping("/mc/{slug}")
	String register(@PathVariable String slug, @RequestParam Map<String, @Nullable String> form,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Masterclasses.Public found = find(slug);
		List<String> signs = spam.screenPage(slug, request, form.get("_hp"), form.get("_rendered"));
		if (!signs.isEmpty()) {
			// A bot is told what a person would be told, so it learns nothing; nothing is registered.
			model.addAttribute("masterclass", found.masterclass());
			model.addAttribute("payUrl", null);
			return "masterclasses/registered";
		}
		try {
			Registrations.Registered registered = registrations.register(slug, RegistrationRequest.read(form));
			model.addAttribute("masterclass", found.masterclass());
			model.addAttribute("registered", registered);
			model.addAttribute("payUrl", registered.payPath());
			return "masterclasses/registered";
		}
		catch (MasterclassInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", ex.getBody().getDetail());
		}
		catch (ProblemException ex) {
			response.setStatus(ex.getStatusCode().value());
			model.addAttribute("error", ex.getBody().getDetail());
		}
		Map<String, String> utm = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("utm_") && value != null) {
				utm.put(key, value);
			}
		});
		model.addAttribute("utm", utm);
		model.addAttribute("form", form);
		return landing(masterclasses.published(slug).orElse(found), model);
	}

	private Masterclasses.Public find(String slug) {
		return masterclasses.published(slug).orElseThrow(() -> NotFoundException.of("The masterclass"));
	}

	private String landing(Masterclasses.Public found, Model model) {
		MasterclassView masterclass = found.masterclass();
		model.addAttribute("masterclass", masterclass);
		model.addAttribute("host", masterclass.hostUserId() == null ? null
				: members.find(found.organization(), masterclass.hostUserId()).map(Members.Member::name).orElse(null));
		model.addAttribute("stamp", spam.stamp(masterclass.slug()));
		model.addAttribute("price", masterclass.free() ? null : money(masterclass));
		return "masterclasses/landing";
	}

	private static String money(MasterclassView masterclass) {
		java.util.Currency currency = java.util.Currency.getInstance(masterclass.currency());
		java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.ENGLISH);
		format.setCurrency(currency);
		return format.format(java.math.BigDecimal.valueOf(masterclass.priceCents(), currency.getDefaultFractionDigits()));
	}
}
