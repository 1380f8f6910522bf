package com.growthhub.scheduling.web;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.platform.web.TimeZoneId;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.internal.invites.AppointmentSelfService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The reschedule and cancel links of an appointment email, for programs: the link's token is the credential. An
 * unknown or altered token is 404; a token for the other action 403; an appointment that has begun, was cancelled or
 * closed 410; one changed since the link was sent (rescheduled) 409, as is a new time someone else just took.
 */
@RestController
@RequestMapping("/api/v1/public/appointments/{token}")
@Tag(name = "Appointments (public)", description = "What a visitor does with the links in their appointment emails")
@SecurityRequirements
class PublicAppointmentApiController {

	private final AppointmentSelfService self;

	PublicAppointmentApiController(AppointmentSelfService self) {
		this.self = self;
	}

	record RescheduleRequest(@NotNull Instant start, @NotNull @TimeZoneId String timeZone) {
	}

	record ManagedAppointmentResponse(String id, String title, Instant start, Instant end, String timeZone,
			String status, int sequence, String action, String repName, String bookingPageSlug) {

		static ManagedAppointmentResponse of(AppointmentSelfService.Managed managed) {
			Appointment a = managed.appointment();
			return new ManagedAppointmentResponse(a.id().value().toString(), a.bookingPageTitle(), a.start(), a.end(),
					a.timeZone().getId(), a.status().key(), a.sequence(),
					managed.action().name().toLowerCase(java.util.Locale.ROOT), managed.repName(), managed.bookingPageSlug());
		}
	}

	record AppointmentChangeResponse(String id, Instant start, Instant end, String timeZone, String status,
			int sequence) {

		static AppointmentChangeResponse of(Appointment a) {
			return new AppointmentChangeResponse(a.id().value().toString(), a.start(), a.end(), a.timeZone().getId(),
					a.status().key(), a.sequence());
		}
	}

	@GetMapping
	@Operation(summary = "The appointment a link names, and what the link may do with it (reschedule or cancel)")
	ManagedAppointmentResponse show(@PathVariable String token) {
		return ManagedAppointmentResponse.of(self.show(token));
	}

	record FreeTime(Instant start) {
	}

	record FreeTimesResponse(java.util.List<FreeTime> items) {
	}

	@GetMapping("/slots")
	@Operation(summary = "The free times a reschedule link may move the appointment to (same rep, next three weeks)")
	FreeTimesResponse slots(@PathVariable String token) {
		return new FreeTimesResponse(self.freeTimes(token).stream().map(FreeTime::new).toList());
	}

	@PostMapping("/reschedule")
	@Operation(summary = "Move the appointment to another free time of the same rep: the same invite (UID) with the "
			+ "next SEQUENCE is emailed; a time just taken answers 409")
	AppointmentChangeResponse reschedule(@PathVariable String token, @RequestBody @Valid RescheduleRequest body) {
		return AppointmentChangeResponse.of(self.reschedule(token, body.start(), ZoneId.of(body.timeZone())));
	}

	@PostMapping("/cancel")
	@Operation(summary = "Cancel the appointment: the rep's time is free again and a METHOD:CANCEL invite is emailed")
	AppointmentChangeResponse cancel(@PathVariable String token) {
		return AppointmentChangeResponse.of(self.cancel(token));
	}
}
