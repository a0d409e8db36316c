package co.gov.mineducacion.cooperation.activity;

import java.util.List;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * What is written about an activity, in both languages, for the site search: its title,
 * its description, and the names of its organisations and of its cities.
 */
public record ActivityText(String slug, Bilingual title, Bilingual description, List<String> organisations,
		List<String> cities) {

	public ActivityText {
		organisations = List.copyOf(organisations);
		cities = List.copyOf(cities);
	}

}
