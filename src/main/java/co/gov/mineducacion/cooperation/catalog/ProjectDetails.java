package co.gov.mineducacion.cooperation.catalog;

import java.util.List;

/**
 * A strategic project's page, in the reader's language; {@code objective} is {@code null}
 * when unknown.
 */
record ProjectDetails(String code, String name, ProjectLevel level, PolicyAxis axis, String objective,
		List<ActionTypeView> actionTypes) {

}
