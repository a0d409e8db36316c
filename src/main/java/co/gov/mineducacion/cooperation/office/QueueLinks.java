package co.gov.mineducacion.cooperation.office;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.offer.queue.QueueSort;

/**
 * The queue's links, each keeping the view's filters: sort by a column, go to a page,
 * download the same view as CSV. Built from a form that has had
 * {@link QueueForm#retainKnown} applied, so links only ever carry valid values.
 */
final class QueueLinks {

	static final String QUEUE = "/admin/offers";

	static final String EXPORT = "/admin/offers/export.csv";

	private final QueueForm form;

	QueueLinks(QueueForm form) {
		this.form = form;
	}

	/**
	 * This very view (after a bulk action, for instance).
	 */
	public String current() {
		return url(QUEUE, viewParameters());
	}

	public String first() {
		return url(QUEUE, sorted(this.form.sortValue(), this.form.descending()));
	}

	public String last() {
		Map<String, String> parameters = sorted(this.form.sortValue(), this.form.descending());
		parameters.put("last", "true");
		return url(QUEUE, parameters);
	}

	public String after(String trackingCode) {
		Map<String, String> parameters = sorted(this.form.sortValue(), this.form.descending());
		parameters.put("after", trackingCode);
		return url(QUEUE, parameters);
	}

	public String before(String trackingCode) {
		Map<String, String> parameters = sorted(this.form.sortValue(), this.form.descending());
		parameters.put("before", trackingCode);
		return url(QUEUE, parameters);
	}

	/**
	 * Sorts by the column, in the other direction when it is already the sort column.
	 */
	public String sortBy(QueueSort column) {
		boolean descending = (column == this.form.sortValue()) ? !this.form.descending() : column == QueueSort.RECEIVED;
		return url(QUEUE, sorted(column, descending));
	}

	/**
	 * The {@code aria-sort} value of the column's header: only the sort column has one.
	 */
	public String ariaSort(QueueSort column) {
		if (column != this.form.sortValue()) {
			return null;
		}
		return this.form.descending() ? "descending" : "ascending";
	}

	public String export() {
		return url(EXPORT, sorted(this.form.sortValue(), this.form.descending()));
	}

	/**
	 * The view's parameters as hidden fields, so that a form posted from the page can
	 * come back to it.
	 */
	public List<Map.Entry<String, String>> hiddenFields() {
		return new ArrayList<>(viewParameters().entrySet());
	}

	private Map<String, String> viewParameters() {
		Map<String, String> parameters = sorted(this.form.sortValue(), this.form.descending());
		put(parameters, "after", this.form.getAfter());
		put(parameters, "before", this.form.getBefore());
		put(parameters, "last", this.form.getLast());
		return parameters;
	}

	private Map<String, String> sorted(QueueSort sort, boolean descending) {
		Map<String, String> parameters = new LinkedHashMap<>();
		put(parameters, "q", this.form.getQ());
		put(parameters, "status", this.form.getStatus());
		put(parameters, "sector", this.form.getSector());
		put(parameters, "actionType", this.form.getActionType());
		put(parameters, "project", this.form.getProject());
		put(parameters, "department", this.form.getDepartment());
		put(parameters, "assignee", this.form.getAssignee());
		put(parameters, "from", this.form.getFrom());
		put(parameters, "to", this.form.getTo());
		put(parameters, "clock", this.form.getClock());
		put(parameters, "channel", this.form.getChannel());
		parameters.put("sort", sort.name().toLowerCase(Locale.ROOT));
		parameters.put("dir", descending ? "desc" : "asc");
		if (this.form.sizeValue() != QueueForm.PAGE_SIZES.get(0)) {
			parameters.put("size", String.valueOf(this.form.sizeValue()));
		}
		return parameters;
	}

	private static void put(Map<String, String> parameters, String name, String value) {
		if (value != null && !value.isBlank()) {
			parameters.put(name, value);
		}
	}

	private static String url(String path, Map<String, String> parameters) {
		if (parameters.isEmpty()) {
			return path;
		}
		return path + "?"
				+ parameters.entrySet()
					.stream()
					.map((p) -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&"));
	}

}
