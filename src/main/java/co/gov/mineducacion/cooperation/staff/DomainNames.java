package co.gov.mineducacion.cooperation.staff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A list of public email domains as an ADMIN types it ({@link DomainNameList}).
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DomainNameList.Validator.class)
@interface DomainNames {

	String message() default "{DomainNames}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
