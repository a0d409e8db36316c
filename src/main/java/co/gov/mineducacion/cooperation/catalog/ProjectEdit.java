package co.gov.mineducacion.cooperation.catalog;

import java.util.Set;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * A strategic project as stored, in both languages, for its edit form; {@code objective}
 * is {@code null} while unknown and {@code version} is what the editor saw.
 */
public record ProjectEdit(String code, ProjectLevel level, PolicyAxis axis, Bilingual name, Bilingual objective,
		Set<String> actionTypes, boolean retired, long version) {

	public ProjectEdit {
		actionTypes = Set.copyOf(actionTypes);
	}

}
