package co.gov.mineducacion.cooperation.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Runs a test as a signed-in office member with the ADMIN role, signed in completely:
 * password and a code from their authenticator app.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithMockUser(authorities = { "ROLE_ADMIN", "FACTOR_PASSWORD", "FACTOR_TOTP", "TOTP_ENROLLED" })
public @interface WithAdmin {

	@AliasFor(annotation = WithMockUser.class, attribute = "username")
	String value() default "jefa@mineducacion.gov.co";

}
