package co.gov.mineducacion.cooperation.publication;

import java.util.Locale;

/**
 * The office's settings as the footer prints them, in the reader's language; an item not
 * filled in is {@code null} and the footer leaves it out.
 */
public record FooterIdentity(String postalCode, String openingHours, String institutionalEmail, String judicialEmail,
		String transparencyUrl, String citizenServiceUrl, String participationUrl) {

	static FooterIdentity of(IdentitySettings settings, Locale locale) {
		return new FooterIdentity(settings.postalCode(), settings.openingHours(locale), settings.institutionalEmail(),
				settings.judicialEmail(), settings.transparencyUrl(), settings.citizenServiceUrl(),
				settings.participationUrl());
	}

}
