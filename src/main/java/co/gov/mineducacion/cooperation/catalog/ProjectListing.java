package co.gov.mineducacion.cooperation.catalog;

import java.util.List;

/**
 * The strategic projects that match a filter, grouped by level and then by policy axis.
 */
record ProjectListing(List<LevelGroup> levels, int count) {

	record LevelGroup(ProjectLevel level, List<AxisGroup> axes) {
	}

	record AxisGroup(PolicyAxis axis, List<ProjectSummary> projects) {
	}

}
