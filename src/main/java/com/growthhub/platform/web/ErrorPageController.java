package com.growthhub.platform.web;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Renders whatever reached the servlet container's error dispatch: problem+json for the API, an
 * htmx fragment for htmx requests, a friendly page otherwise. Only messages of our own 4xx
 * exceptions are shown; never an exception's text from a 5xx.
 */
@Controller
class ErrorPageController implements ErrorController {

	@RequestMapping(value = "/error", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
	@ResponseBody
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(status, status.getReasonPhrase(), detail(request, status)));
	}

	@RequestMapping("/error")
	Object page(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = status(request);
		String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (path.startsWith("/api/")) {
			return problem(request);
		}
		model.addAttribute("status", status.value());
		model.addAttribute("title", status.getReasonPhrase());
		model.addAttribute("detail", detail(request, status));
		request.setAttribute("jakarta.servlet.error.status_code", status.value());
		if (request.getHeader("HX-Request") != null) {
			// The alert belongs in the page's message area, not in whatever the request meant to replace.
			response.setHeader("HX-Retarget", "#flash");
			response.setHeader("HX-Reswap", "innerHTML");
			return "fragments/error :: alert";
		}
		return status == HttpStatus.NOT_FOUND ? "error/404" : "error/error";
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String detail(HttpServletRequest request, HttpStatus status) {
		if (status.is4xxClientError()) {
			Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
			// Security filters send the bare reason phrase ("Forbidden"): the sentences below say more. A 404 that
			// reaches here is an unknown URL, whose message ("No static resource …") would only describe our plumbing.
			if (status != HttpStatus.NOT_FOUND && message instanceof String text && !text.isBlank()
					&& !text.equals(status.getReasonPhrase())
					&& request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
				return text;
			}
			return switch (status) {
				case NOT_FOUND -> "There is nothing here. It may have been moved or deleted.";
				case FORBIDDEN -> "You do not have access to this.";
				case UNAUTHORIZED -> "Please sign in.";
				case PAYLOAD_TOO_LARGE -> "The upload is too large.";
				default -> "The request could not be processed.";
			};
		}
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			return "The service is briefly unavailable. Please try again in a few seconds.";
		}
		return "Something went wrong on our side. It has been logged; please try again.";
	}
}
