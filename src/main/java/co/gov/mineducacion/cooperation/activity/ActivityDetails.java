package co.gov.mineducacion.cooperation.activity;

import java.util.List;

import co.gov.mineducacion.cooperation.catalog.ActionTypeView;
import co.gov.mineducacion.cooperation.catalog.ProjectChoice;

/**
 * One activity's page in the reader's language, numbers and dates formatted for it.
 * {@code end} is {@code null} while unknown; empty lists mean nothing is published. Its
 * description comes in blocks: paragraphs, and lists where the text has lines starting
 * with "•".
 */
record ActivityDetails(String slug, String title, List<TextBlock> blocks, ActivityStatus status, String start,
		String end, Integer ageMin, Integer ageMax, List<String> funders, List<String> implementers,
		List<String> partners, List<Place> cities, List<String> otherDepartments, List<ProjectChoice> projects,
		List<ActionTypeView> actionTypes, List<Named> sectors, List<TargetView> targets, List<MilestoneView> milestones,
		ContactView contact, List<LinkView> links, FundingView funding) {

	/**
	 * The text a visitor reads first: the first paragraph, if any.
	 */
	String summary() {
		return this.blocks.stream().map(TextBlock::text).filter((t) -> t != null).findFirst().orElse(null);
	}

	/**
	 * A paragraph ({@code text}, {@code null} when none), then the items of the bulleted
	 * list that follows it, if any.
	 */
	record TextBlock(String text, List<String> items) {

		private static final String BULLET = "•";

		static TextBlock of(String block) {
			List<String> lines = block.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
			int first = 0;
			while (first < lines.size() && !lines.get(first).startsWith(BULLET)) {
				first++;
			}
			List<String> bullets = lines.subList(first, lines.size());
			if (bullets.isEmpty() || !bullets.stream().allMatch((l) -> l.startsWith(BULLET))) {
				return new TextBlock(block, List.of());
			}
			String lead = String.join("\n", lines.subList(0, first));
			return new TextBlock(lead.isEmpty() ? null : lead,
					bullets.stream().map((l) -> l.substring(BULLET.length()).strip()).toList());
		}

	}

	/**
	 * A city with its DIVIPOLA code and its department's name.
	 */
	record Place(String name, String code, String department) {
	}

	record Named(String code, String name) {
	}

	/**
	 * A target: the indicator, the number to reach, and the latest progress if any
	 * ({@code reached}, {@code reachedOn} and {@code percent} are {@code null} before the
	 * first record).
	 */
	record TargetView(long id, String indicator, String target, String reached, String reachedOn, Integer percent,
			List<ProgressView> history) {
	}

	record ProgressView(String date, String value) {
	}

	record MilestoneView(String date, String text) {
	}

	/**
	 * The public contact; {@code null} parts are not published.
	 */
	record ContactView(String name, String department, String email, String phone) {
	}

	record LinkView(String url, String title) {
	}

}
