package co.gov.mineducacion.cooperation.need;

import java.util.List;

import co.gov.mineducacion.cooperation.activity.ActivityReference;

/**
 * One need's page, in the reader's language.
 *
 * @param summary what the list shows of it
 * @param description its description
 * @param projectCode its strategic project's code (for links)
 * @param ways the ways to cooperate sought, code and name
 * @param activities the activities linked to it
 */
record NeedDetails(NeedSummary summary, String description, String projectCode, List<Way> ways,
		List<ActivityReference> activities) {

	/**
	 * Whether offers may still answer it.
	 */
	public boolean isOpen() {
		return this.summary.status().isOpen();
	}

	/**
	 * A way to cooperate, with its code and short name.
	 */
	record Way(String code, String name) {
	}

}
