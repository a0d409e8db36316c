package co.gov.mineducacion.cooperation.catalog;

import java.util.Set;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * What an ADMIN wrote for a strategic project: names in both languages, the objective in
 * both languages or {@code null} while unknown, and the codes of the ways to cooperate
 * that fit it.
 */
public record ProjectDraft(ProjectLevel level, PolicyAxis axis, Bilingual name, Bilingual objective,
		Set<String> actionTypes) {

	public ProjectDraft {
		actionTypes = Set.copyOf(actionTypes);
	}

}
