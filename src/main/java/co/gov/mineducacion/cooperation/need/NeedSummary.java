package co.gov.mineducacion.cooperation.need;

import java.util.List;

/**
 * One need in a list, in the reader's language.
 *
 * @param slug its address
 * @param title its title
 * @param project its strategic project's name
 * @param status where it stands
 * @param due by when, as readers read dates
 * @param places its departments and municipalities, by name
 * @param ways the ways to cooperate sought, by name
 * @param sought what it seeks, as readers read it
 * @param progress how far it is met
 */
record NeedSummary(String slug, String title, String project, NeedStatus status, String due, List<String> places,
		List<String> ways, String sought, NeedProgress progress) {

}
