package com.growthhub.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} fails before any controller is chosen, so neither
 * controller advice applies; and the container's error page cannot answer it either, because the error dispatch is
 * the same multipart request and fails the same way (an empty 413). This answers it on the spot: problem+json for the
 * API, the error page (or the htmx alert) for people. Uploads a use allows less of are refused by the file store,
 * while streaming, with the same status. A multipart body that is cut off or malformed fails the same way and is
 * answered 400 likewise.
 */
@Component
class MultipartFailureResolver implements HandlerExceptionResolver, Ordered {

	private final Environment environment;

	MultipartFailureResolver(Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (ex instanceof MaxUploadSizeExceededException tooLarge) {
			// Tomcat does not tell the limit it applied; it is the configured one.
			long limit = tooLarge.getMaxUploadSize() > 0 ? tooLarge.getMaxUploadSize() : configuredLimit();
			String detail = limit > 0 ? "The upload is larger than the " + megabytes(limit) + " this server accepts."
					: "The upload is larger than this server accepts.";
			return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "Upload too large", detail);
		}
		if (ex instanceof MultipartException) {
			return answer(request, response, HttpStatus.BAD_REQUEST, "Malformed upload",
					"The upload was cut off or is not valid multipart form data.");
		}
		return null;
	}

	private ModelAndView answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String title, String detail) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			try {
				Problems.write(response, Problems.of(status, title, detail));
			}
			catch (IOException io) {
				throw new UncheckedIOException(io);
			}
			return new ModelAndView();
		}
		response.setStatus(status.value());
		boolean htmx = request.getHeader("HX-Request") != null;
		if (htmx) {
			response.setHeader("HX-Retarget", "#flash");
			response.setHeader("HX-Reswap", "innerHTML");
		}
		ModelAndView page = new ModelAndView(htmx ? "fragments/error :: alert" : "error/error");
		page.addObject("status", status.value());
		page.addObject("title", title);
		page.addObject("detail", detail);
		return page;
	}

	private long configuredLimit() {
		String configured = environment.getProperty("spring.servlet.multipart.max-file-size");
		try {
			return configured == null ? -1 : DataSize.parse(configured).toBytes();
		}
		catch (IllegalArgumentException ex) {
			return -1;
		}
	}

	private static String megabytes(long bytes) {
		long mb = bytes / (1024 * 1024);
		return mb >= 1024 && mb % 1024 == 0 ? (mb / 1024) + " GB" : mb + " MB";
	}
}
