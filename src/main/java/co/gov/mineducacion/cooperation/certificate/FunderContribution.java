package co.gov.mineducacion.cooperation.certificate;

import java.time.LocalDate;
import java.util.Set;

import co.gov.mineducacion.cooperation.activity.Money;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * What a funder committed to an activity, as a certificate copies it.
 *
 * @param commitment the amount the funder committed, or {@code null} when not recorded
 * @param end the activity's last day, or {@code null} when its end is unknown
 */
record FunderContribution(String activitySlug, Bilingual activityTitle, String funder, Money commitment,
		LocalDate start, LocalDate end, Set<String> actionTypes) {

	FunderContribution {
		actionTypes = Set.copyOf(actionTypes);
	}

}
