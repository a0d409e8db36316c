package co.gov.mineducacion.cooperation.office;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the queue's filters and bulk actions choose from, in the reader's language, and
 * the names the queue shows instead of codes.
 *
 * @param staff active staff members by id
 * @param statuses offer statuses
 * @param assignees whose offers: mine or nobody's
 * @param clocks the response clock: overdue, or due soon
 * @param channels how offers reach the office: the web form, phone, in person...
 */
record QueueChoices(Options sectors, Options actionTypes, Options projects, Options departments, Options staff,
		Options statuses, Options assignees, Options clocks, Options channels) {

	/**
	 * One option of a choice list: the value sent and the label shown.
	 */
	record Option(String code, String name) {

	}

	/**
	 * A choice list.
	 */
	record Options(List<Option> all, Map<String, String> names) {

		Options(List<Option> all) {
			this(List.copyOf(all),
					all.stream().collect(Collectors.toUnmodifiableMap(Option::code, Option::name, (a, b) -> a)));
		}

		/**
		 * The code when it is one of the options, otherwise {@code null}.
		 */
		String known(String code) {
			return (code != null && this.names.containsKey(code.strip())) ? code.strip() : null;
		}

		/**
		 * The option's label, or the code itself when it is not (or no longer) an option.
		 */
		String name(String code) {
			return this.names.getOrDefault(code, code);
		}

	}

}
