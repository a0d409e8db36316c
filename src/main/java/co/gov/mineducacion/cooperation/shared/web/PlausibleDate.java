package co.gov.mineducacion.cooperation.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A day the portal can store and mean: between {@link #FIRST} and {@link #LAST}. ISO
 * dates reach years in the millions ({@code +999999999-12-31}), which PostgreSQL refuses;
 * the field gets the message {@code PlausibleDate} instead. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	LocalDate FIRST = LocalDate.of(2000, 1, 1);

	LocalDate LAST = LocalDate.of(2100, 12, 31);

	String message() default "{co.gov.mineducacion.cooperation.shared.web.PlausibleDate.message}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks {@link PlausibleDate}; {@link #isPlausible} serves filters that drop such a
	 * day rather than report it.
	 */
	class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || isPlausible(value);
		}

		public static boolean isPlausible(LocalDate day) {
			return !day.isBefore(FIRST) && !day.isAfter(LAST);
		}

	}

}
