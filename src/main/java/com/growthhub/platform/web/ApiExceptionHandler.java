package com.growthhub.platform.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every failure of an API controller becomes RFC 9457 problem+json. Messages come only from our
 * own exceptions; anything unexpected is logged and answered with a generic 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Object target = ex.getBindingResult().getTarget();
		Class<?> type = target == null ? ex.getParameter().getParameterType() : target.getClass();
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> fieldError(JsonFieldNames.of(type, error.getField()), String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid request",
				"The request has invalid fields.");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> fieldError(parameterName(result.getMethodParameter()),
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid request",
				"The request has invalid parameters.");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestSizeLimitFilter.BodyTooLargeException tooLarge) {
				// The JSON reader met the limit while streaming a chunked body and wrapped it as unreadable.
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge.getBody());
			}
		}
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = JsonFieldNames.of(databind);
			String message = databind instanceof RefusedJsonValueException refused ? refused.reason()
					: databind instanceof InvalidFormatException invalid && EnumKeys.isEnum(invalid.getTargetType())
							? EnumKeys.mustBeOneOf(invalid.getTargetType()) : "has a value of the wrong type or format";
			ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Malformed request body",
					"'" + field + "' " + message + ".");
			problem.setProperty("errors", List.of(fieldError(field, message)));
			return ResponseEntity.badRequest().body(problem);
		}
		return ResponseEntity.badRequest()
			.body(Problems.of(HttpStatus.BAD_REQUEST, "Malformed request body",
					"The request body is missing or is not valid JSON."));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getInstance() != null) {
			problem.setInstance(null);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		boolean isEnum = EnumKeys.isEnum(ex.getRequiredType());
		String message = isEnum ? EnumKeys.mustBeOneOf(ex.getRequiredType()) : "invalid value";
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid parameter",
				"'" + ex.getName() + "' has an invalid value" + (isEnum ? ": " + message : "") + ".");
		problem.setProperty("errors", List.of(fieldError(ex.getName(), message)));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied() {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this action."));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange() {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Problems.of(HttpStatus.CONFLICT, "Conflict",
					"Someone else changed this record at the same time. Reload and try again."));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		log.info("Rejected a write that violates a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Problems.of(HttpStatus.CONFLICT, "Conflict", "This conflicts with existing data."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (DatabaseOutage.isCause(ex)) {
			log.warn("Answered 503: the database cannot be reached ({})", ex.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
				.body(DatabaseOutage.problem());
		}
		log.error("Unexpected error in an API request", ex);
		return ResponseEntity.internalServerError()
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
					"Something went wrong on our side. It has been logged."));
	}

	private static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	/** The name the client sent: a request parameter's, path variable's or header's own name over the Java one. */
	// name and value are aliases: at most one of them is set on an annotation that is not synthesized
	private static String parameterName(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		String declared = param != null ? param.name() + param.value() : path != null ? path.name() + path.value()
				: header != null ? header.name() + header.value() : "";
		if (!declared.isEmpty()) {
			return declared;
		}
		return parameter.getParameterName() == null ? "parameter" : parameter.getParameterName();
	}
}
