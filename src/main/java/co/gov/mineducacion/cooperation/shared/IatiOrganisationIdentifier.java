package co.gov.mineducacion.cooperation.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An IATI organisation identifier: a registration agency's code from IATI's
 * OrganisationRegistrationAgency codelist (for Colombia {@code CO-CCB}, {@code CO-COA},
 * {@code CO-RUE}; or {@code XM-DAC}, {@code XI-IATI}), a hyphen and the organisation's
 * number at that agency. {@code null} or blank is valid (not set).
 */
@Documented
@Constraint(validatedBy = IatiOrganisationIdentifier.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface IatiOrganisationIdentifier {

	String message() default "must be an IATI organisation identifier: an agency code of IATI's"
			+ " OrganisationRegistrationAgency codelist (e.g. CO-RUE, XM-DAC, XI-IATI), a hyphen and the"
			+ " organisation's number, without spaces or the symbols / & | ?";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the identifier against the agency codes in
	 * {@code iati/organisation-registration-agencies.txt}.
	 */
	class Validator implements ConstraintValidator<IatiOrganisationIdentifier, String> {

		static final Set<String> AGENCIES = agencies();

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			return value.matches("[^\\s/&|?]+") && AGENCIES.stream()
				.anyMatch((agency) -> value.startsWith(agency + "-") && value.length() > agency.length() + 1);
		}

		private static Set<String> agencies() {
			try (InputStream in = IatiOrganisationIdentifier.class
				.getResourceAsStream("/iati/organisation-registration-agencies.txt")) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
					.collect(Collectors.toUnmodifiableSet());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
