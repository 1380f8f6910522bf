package com.growthhub.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An IANA time zone id as the JDK knows it ({@code Europe/Berlin}, {@code UTC}), spelled exactly; null is valid
 * (use @NotNull for required). Offsets such as {@code +02:00} are refused: a zone keeps its daylight-saving rules,
 * an offset does not.
 */
@Documented
@Constraint(validatedBy = TimeZoneId.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface TimeZoneId {

	String message() default "must be a time zone such as Europe/Berlin";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<TimeZoneId, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || known(value);
		}

		/** For checks that do not go through Bean Validation (a settings map, a JSON node). */
		public static boolean known(String value) {
			return ZoneId.getAvailableZoneIds().contains(value.strip());
		}
	}
}
