package com.growthhub.scheduling.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.growthhub.platform.web.ProblemException;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.internal.invites.AppointmentSelfService;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The page a reschedule or cancel link opens: the appointment in the visitor's zone, then free times to move it to or
 * a button to cancel it (js/scheduling/manage.js calls the public API with the same token). A link that no longer
 * holds shows why, with the status the API would answer.
 */
@Controller
class ManageAppointmentController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private final AppointmentSelfService self;

	ManageAppointmentController(AppointmentSelfService self) {
		this.self = self;
	}

	@GetMapping("/appointments/manage/{token}")
	String manage(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			AppointmentSelfService.Managed managed = self.show(token);
			Appointment appointment = managed.appointment();
			model.addAttribute("managed", managed);
			model.addAttribute("when", WHEN.format(appointment.start().atZone(appointment.timeZone())) + "–"
					+ UNTIL.format(appointment.end().atZone(appointment.timeZone())));
			model.addAttribute("action", managed.action().name().toLowerCase(Locale.ROOT));
			model.addAttribute("token", token);
		}
		catch (ProblemException refused) {
			response.setStatus(refused.getStatusCode().value());
			model.addAttribute("refused", refused.getBody().getDetail());
			model.addAttribute("notFound", refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value());
		}
		return "scheduling/manage";
	}
}
