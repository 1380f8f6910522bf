package com.growthhub.scheduling.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.scheduling.internal.Availabilities;
import com.growthhub.scheduling.internal.Availability;
import com.growthhub.scheduling.internal.SchedulingAccess;
import com.growthhub.shared.OrganizationId;

/**
 * The availability editor: one line of ranges per weekday ({@code 09:00-12:00, 13:00-17:00}), overrides one per line
 * ({@code 2026-12-24 off} or {@code 2026-12-27 10:00-14:00}), and the meeting settings. Managers pick whose.
 */
@Controller
class AvailabilityController {

	private final Availabilities availabilities;
	private final SchedulingAccess access;
	private final Members members;

	AvailabilityController(Availabilities availabilities, SchedulingAccess access, Members members) {
		this.availabilities = availabilities;
		this.access = access;
		this.members = members;
	}

	@GetMapping("/scheduling/availability")
	String edit(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID user,
			Model model) {
		UUID whose = user == null ? actor.requireUserId() : user;
		return form(organization, actor, AvailabilityPayload.of(availabilities.of(organization, actor, whose)), whose,
				null, model);
	}

	@PostMapping("/scheduling/availability")
	String save(OrganizationId organization, Actor actor, @RequestParam UUID user, @RequestParam Map<String, String> form,
			Model model) {
		AvailabilityPayload payload = read(user, form);
		try {
			availabilities.put(organization, actor, payload.toAvailability(user));
			return "redirect:/scheduling/availability?saved&user=" + user;
		}
		catch (ProblemException ex) {
			return form(organization, actor, payload, user, ex.getMessage(), model);
		}
	}

	private String form(OrganizationId organization, Actor actor, AvailabilityPayload availability, UUID whose,
			@Nullable String error, Model model) {
		model.addAttribute("availability", availability);
		model.addAttribute("whose", whose);
		model.addAttribute("days", Arrays.stream(DayOfWeek.values()).map(day -> day.name().toLowerCase(Locale.ROOT)).toList());
		model.addAttribute("weekly", weeklyLines(availability));
		model.addAttribute("overrides", overrideLines(availability));
		model.addAttribute("error", error);
		model.addAttribute("manager", access.isManager(organization, actor));
		model.addAttribute("people", members.list(organization));
		model.addAttribute("zones", java.time.ZoneId.getAvailableZoneIds().stream().sorted().toList());
		return "scheduling/availability";
	}

	private static Map<String, String> weeklyLines(AvailabilityPayload availability) {
		return availability.weeklyHours() == null ? Map.of() : availability.weeklyHours().stream()
			.collect(Collectors.groupingBy(AvailabilityPayload.Hours::day,
					Collectors.mapping(hours -> hours.start() + "-" + hours.end(), Collectors.joining(", "))));
	}

	private static String overrideLines(AvailabilityPayload availability) {
		return availability.overrides() == null ? "" : availability.overrides().stream()
			.map(o -> o.date() + " " + (o.start() == null ? "off" : o.start() + "-" + o.end()))
			.collect(Collectors.joining("\n"));
	}

	private static AvailabilityPayload read(UUID user, Map<String, String> form) {
		List<AvailabilityPayload.Hours> weekly = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			String key = day.name().toLowerCase(Locale.ROOT);
			for (String range : form.getOrDefault("day-" + key, "").split(",")) {
				if (!range.isBlank()) {
					String[] ends = range.strip().split("-", 2);
					weekly.add(new AvailabilityPayload.Hours(key, ends[0].strip(), ends.length > 1 ? ends[1].strip() : null));
				}
			}
		}
		List<AvailabilityPayload.Override> overrides = new ArrayList<>();
		for (String line : form.getOrDefault("overrides", "").split("\\R")) {
			String[] parts = line.strip().split("\\s+", 2);
			if (parts[0].isBlank()) {
				continue;
			}
			String rest = parts.length > 1 ? parts[1].strip() : "off";
			String[] ends = rest.split("-", 2);
			overrides.add(rest.equalsIgnoreCase("off") ? new AvailabilityPayload.Override(parts[0], null, null)
					: new AvailabilityPayload.Override(parts[0], ends[0].strip(), ends.length > 1 ? ends[1].strip() : null));
		}
		return new AvailabilityPayload(user, form.get("timeZone"), weekly, overrides, number(form, "bufferBeforeMinutes"),
				number(form, "bufferAfterMinutes"), number(form, "minimumNoticeMinutes"), number(form, "maxPerDay"));
	}

	private static @Nullable Integer number(Map<String, String> form, String field) {
		String value = form.getOrDefault(field, "").strip();
		try {
			return value.isEmpty() ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw com.growthhub.scheduling.internal.SchedulingInputException.of(field, "A whole number.");
		}
	}
}
