package com.growthhub.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Our own 4xx exceptions thrown by page controllers: the error page, or an alert fragment for htmx. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	@ExceptionHandler(ErrorResponseException.class)
	String errorResponse(ErrorResponseException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		int status = ex.getStatusCode().value();
		response.setStatus(status);
		ex.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		model.addAttribute("status", status);
		model.addAttribute("title", ex.getBody().getTitle());
		model.addAttribute("detail", ex.getStatusCode().is4xxClientError() ? ex.getBody().getDetail()
				: "Something went wrong on our side. It has been logged; please try again.");
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Retarget", "#flash");
			response.setHeader("HX-Reswap", "innerHTML");
			return "fragments/error :: alert";
		}
		return status == 404 ? "error/404" : "error/error";
	}
}
