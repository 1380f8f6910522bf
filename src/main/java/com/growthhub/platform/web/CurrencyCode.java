package com.growthhub.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An ISO 4217 currency code in any case ({@code usd}, {@code EUR}); null is valid (use @NotNull for required). */
@Documented
@Constraint(validatedBy = CurrencyCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CurrencyCode {

	String message() default "must be an ISO 4217 currency code such as USD";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CurrencyCode, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || known(value);
		}

		/** For checks that do not go through Bean Validation (a settings map, a service's own checks). */
		public static boolean known(String value) {
			String code = value.strip().toUpperCase(Locale.ROOT);
			return code.length() == 3
					&& Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
		}
	}
}
