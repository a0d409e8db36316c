package co.gov.mineducacion.cooperation.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import co.gov.mineducacion.cooperation.shared.text.Languages;

/**
 * The office's identity settings as stored; {@code null} is an item not filled in yet.
 *
 * @param postalCode the postal code of the office's address
 * @param openingHoursEs the opening hours for the public, in Spanish
 * @param openingHoursEn the same, in English
 * @param institutionalEmail the office's institutional email
 * @param judicialEmail the email for judicial notifications (Ley 1437 de 2011 art. 197)
 * @param transparencyUrl the Ministry's "Transparencia y acceso a la información pública"
 * @param citizenServiceUrl the Ministry's "Atención y servicios a la ciudadanía" (PQRSD)
 * @param participationUrl the Ministry's "Participa"
 */
public record IdentitySettings(String postalCode, String openingHoursEs, String openingHoursEn,
		String institutionalEmail, String judicialEmail, String transparencyUrl, String citizenServiceUrl,
		String participationUrl) {

	/**
	 * The opening hours in the reader's language, or {@code null}.
	 */
	public String openingHours(Locale locale) {
		return Languages.isEnglish(locale) ? this.openingHoursEn : this.openingHoursEs;
	}

	/**
	 * The names of the items whose value differs from {@code before}, for the audit log
	 * (names only: the values are on the page).
	 */
	List<String> changedFrom(IdentitySettings before) {
		List<String> changed = new ArrayList<>();
		if (!Objects.equals(this.postalCode, before.postalCode)) {
			changed.add("postalCode");
		}
		if (!Objects.equals(this.openingHoursEs, before.openingHoursEs)
				|| !Objects.equals(this.openingHoursEn, before.openingHoursEn)) {
			changed.add("openingHours");
		}
		if (!Objects.equals(this.institutionalEmail, before.institutionalEmail)) {
			changed.add("institutionalEmail");
		}
		if (!Objects.equals(this.judicialEmail, before.judicialEmail)) {
			changed.add("judicialEmail");
		}
		if (!Objects.equals(this.transparencyUrl, before.transparencyUrl)) {
			changed.add("transparencyUrl");
		}
		if (!Objects.equals(this.citizenServiceUrl, before.citizenServiceUrl)) {
			changed.add("citizenServiceUrl");
		}
		if (!Objects.equals(this.participationUrl, before.participationUrl)) {
			changed.add("participationUrl");
		}
		return changed;
	}

}
