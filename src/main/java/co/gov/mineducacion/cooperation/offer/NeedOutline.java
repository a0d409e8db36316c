package co.gov.mineducacion.cooperation.offer;

import java.util.List;

/**
 * A published need an offer may answer, as the offer form shows and preselects it.
 *
 * @param slug the need's address, stored with the offer
 * @param title its title in the visitor's language
 * @param project the strategic project it belongs to (code)
 * @param actionTypes the ways to cooperate it seeks (codes)
 */
public record NeedOutline(String slug, String title, String project, List<String> actionTypes) {

	public NeedOutline {
		actionTypes = List.copyOf(actionTypes);
	}

}
