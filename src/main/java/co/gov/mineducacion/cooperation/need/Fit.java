package co.gov.mineducacion.cooperation.need;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import co.gov.mineducacion.cooperation.shared.text.SearchText;

import org.springframework.context.MessageSource;

/**
 * How well an offer fits a need, and why: the same strategic project, a department in
 * common (a municipality counts as its department), the ways to cooperate and the words
 * (accents and case ignored, see {@link SearchText#words}) they share. A project weighs
 * most, then a place, then each shared way, then each shared word.
 *
 * @param sameProject whether the offer names the need's project
 * @param sameDepartment whether they share a department
 * @param sharedWays how many ways to cooperate they share
 * @param sharedWords how many words their titles and descriptions share
 */
record Fit(boolean sameProject, boolean sameDepartment, int sharedWays, int sharedWords) {

	/**
	 * The fit between a need and an offer described by what it names and says.
	 */
	static Fit between(Need need, Set<String> projects, Set<String> departments, Set<String> ways, String... texts) {
		Set<String> needWords = SearchText.words(need.title().es(), need.title().en(), need.description().es(),
				need.description().en());
		Set<String> words = new HashSet<>(SearchText.words(texts));
		words.retainAll(needWords);
		Set<String> commonWays = new HashSet<>(ways);
		commonWays.retainAll(need.actionTypes());
		return new Fit(projects.contains(need.project()),
				departments.stream().anyMatch(need.allDepartments()::contains), commonWays.size(), words.size());
	}

	int score() {
		return (this.sameProject ? 8 : 0) + (this.sameDepartment ? 4 : 0) + 2 * this.sharedWays + this.sharedWords;
	}

	boolean isAny() {
		return score() > 0;
	}

	/**
	 * Why they fit, in words: "same project, same department, 2 shared words".
	 */
	String explain(MessageSource messages, Locale locale) {
		List<String> reasons = new ArrayList<>();
		if (this.sameProject) {
			reasons.add(messages.getMessage("need.match.project", null, locale));
		}
		if (this.sameDepartment) {
			reasons.add(messages.getMessage("need.match.department", null, locale));
		}
		if (this.sharedWays > 0) {
			reasons.add(messages.getMessage("need.match.ways", new Object[] { this.sharedWays }, locale));
		}
		if (this.sharedWords > 0) {
			reasons.add(messages.getMessage("need.match.words", new Object[] { this.sharedWords }, locale));
		}
		return String.join(", ", reasons);
	}

}
