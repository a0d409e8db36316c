package co.gov.mineducacion.cooperation.catalog;

import java.util.Arrays;

/**
 * The catalogue filters, bound from the query string: {@code level}, {@code axis} and the
 * text {@code q}. A value that is not a known level or axis filters nothing.
 */
record ProjectFilter(String level, String axis, String q) {

	ProjectLevel levelValue() {
		return parse(ProjectLevel.class, this.level);
	}

	PolicyAxis axisValue() {
		return parse(PolicyAxis.class, this.axis);
	}

	public boolean isActive() {
		return levelValue() != null || axisValue() != null || (this.q != null && !this.q.isBlank());
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter((e) -> e.name().equals(value)).findFirst().orElse(null);
	}

}
