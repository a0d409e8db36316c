package co.gov.mineducacion.cooperation.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;

/**
 * An email address the portal can mail: well formed ({@code Email}) and at a public
 * domain name, dot-separated labels ending in a name, so no IP literal
 * ({@code ana@[127.0.0.1]}), no bare host ({@code ana@intranet}) and no
 * {@code localhost}. The domain's failure has the message {@code PublicEmail}; every
 * email field of the portal uses this one constraint. {@code null} is valid.
 */
@Documented
@Email
@Constraint(validatedBy = PublicEmail.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicEmail {

	String message() default "{co.gov.mineducacion.cooperation.shared.web.PublicEmail.message}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the part after the last {@code @}; the rest of the address is
	 * {@link Email}'s.
	 */
	class Validator implements ConstraintValidator<PublicEmail, CharSequence> {

		private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");

		private static final Pattern TOP_LEVEL = Pattern.compile(".*\\p{L}.*");

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || value.toString().indexOf('@') < 0 || hasPublicDomain(value.toString());
		}

		/**
		 * Whether the part of {@code address} after its last {@code @} is a public domain
		 * name.
		 */
		public static boolean hasPublicDomain(String address) {
			String domain = address.substring(address.lastIndexOf('@') + 1);
			String name = domain.toLowerCase(Locale.ROOT);
			if (name.endsWith(".")) {
				name = name.substring(0, name.length() - 1);
			}
			String[] labels = name.split("\\.", -1);
			if (labels.length < 2 || name.length() > 253 || "localhost".equals(labels[labels.length - 1])) {
				return false;
			}
			for (String label : labels) {
				if (!LABEL.matcher(label).matches()) {
					return false;
				}
			}
			return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
		}

	}

}
