package co.gov.mineducacion.cooperation.office;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import co.gov.mineducacion.cooperation.offer.OfferChannel;
import co.gov.mineducacion.cooperation.offer.OfferStatus;
import co.gov.mineducacion.cooperation.offer.queue.QueuePosition;
import co.gov.mineducacion.cooperation.offer.queue.QueueSort;
import co.gov.mineducacion.cooperation.shared.web.PlausibleDate;

/**
 * The queue's view as the URL states it: filters, sort, page size and where the page
 * starts. Every parameter binds as text and is read leniently: a value that makes no
 * sense is dropped ({@link #retainKnown}), so a hand-edited or stale link shows the queue
 * rather than an error.
 */
class QueueForm {

	static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);

	static final Set<String> ASSIGNEES = Set.of("ME", "UNASSIGNED");

	static final Set<String> CLOCKS = Set.of("OVERDUE", "DUE_SOON");

	static final String NATIONAL = "NATIONAL";

	private String q;

	private String status;

	private String sector;

	private String actionType;

	private String project;

	private String department;

	private String assignee;

	private String from;

	private String to;

	private String clock;

	private String channel;

	private String sort;

	private String dir;

	private String size;

	private String after;

	private String before;

	private String last;

	/**
	 * Drops every value that is not a known choice, a date or a page size, so that the
	 * page, its links and its form all show the same, valid view.
	 */
	void retainKnown(QueueChoices choices) {
		this.q = (this.q == null || this.q.isBlank()) ? null : this.q.strip();
		this.status = (statusValue() != null) ? statusValue().name() : null;
		this.sector = choices.sectors().known(this.sector);
		this.actionType = choices.actionTypes().known(this.actionType);
		this.project = choices.projects().known(this.project);
		this.department = choices.departments().known(this.department);
		this.assignee = (this.assignee != null && ASSIGNEES.contains(this.assignee)) ? this.assignee : null;
		this.from = (fromDate() != null) ? fromDate().toString() : null;
		this.to = (toDate() != null) ? toDate().toString() : null;
		this.clock = (this.clock != null && CLOCKS.contains(this.clock)) ? this.clock : null;
		this.channel = (channelValue() != null) ? channelValue().name() : null;
		this.sort = sortValue().name().toLowerCase(Locale.ROOT);
		this.dir = descending() ? "desc" : "asc";
		this.size = String.valueOf(sizeValue());
		this.after = blankToNull(this.after);
		this.before = (this.after == null) ? blankToNull(this.before) : null;
		this.last = (this.after == null && this.before == null && "true".equals(this.last)) ? "true" : null;
	}

	/**
	 * The view in a few words for the audit log; the search words are left out, as they
	 * may name a person.
	 */
	String summary() {
		StringBuilder summary = new StringBuilder();
		String[][] parts = { { "status", this.status }, { "sector", this.sector }, { "actionType", this.actionType },
				{ "project", this.project }, { "department", this.department }, { "assignee", this.assignee },
				{ "from", this.from }, { "to", this.to }, { "clock", this.clock }, { "channel", this.channel } };
		for (String[] part : parts) {
			if (part[1] != null) {
				summary.append(part[0]).append('=').append(part[1]).append(' ');
			}
		}
		if (this.q != null) {
			summary.append("search=yes ");
		}
		return summary.append("sort=")
			.append(sortValue().name().toLowerCase(Locale.ROOT))
			.append(descending() ? " desc" : " asc")
			.toString();
	}

	OfferStatus statusValue() {
		return Arrays.stream(OfferStatus.values()).filter((s) -> s.name().equals(this.status)).findFirst().orElse(null);
	}

	OfferChannel channelValue() {
		return Arrays.stream(OfferChannel.values())
			.filter((c) -> c.name().equals(this.channel))
			.findFirst()
			.orElse(null);
	}

	QueueSort sortValue() {
		return Arrays.stream(QueueSort.values())
			.filter((s) -> s.name().equalsIgnoreCase(this.sort))
			.findFirst()
			.orElse(QueueSort.RECEIVED);
	}

	/**
	 * Newest first by default; urgent first for the clock; A to Z for the rest.
	 */
	boolean descending() {
		if ("asc".equals(this.dir) || "desc".equals(this.dir)) {
			return "desc".equals(this.dir);
		}
		return sortValue() == QueueSort.RECEIVED;
	}

	int sizeValue() {
		return PAGE_SIZES.stream().filter((n) -> String.valueOf(n).equals(this.size)).findFirst().orElse(25);
	}

	LocalDate fromDate() {
		return date(this.from);
	}

	LocalDate toDate() {
		return date(this.to);
	}

	QueuePosition position() {
		if (this.after != null) {
			return QueuePosition.after(this.after);
		}
		if (this.before != null) {
			return QueuePosition.before(this.before);
		}
		return "true".equals(this.last) ? QueuePosition.last() : QueuePosition.first();
	}

	private static LocalDate date(String value) {
		try {
			LocalDate day = (value == null || value.isBlank()) ? null : LocalDate.parse(value.strip());
			return (day != null && PlausibleDate.Validator.isPlausible(day)) ? day : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getSector() {
		return this.sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public String getActionType() {
		return this.actionType;
	}

	public void setActionType(String actionType) {
		this.actionType = actionType;
	}

	public String getProject() {
		return this.project;
	}

	public void setProject(String project) {
		this.project = project;
	}

	public String getDepartment() {
		return this.department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public String getAssignee() {
		return this.assignee;
	}

	public void setAssignee(String assignee) {
		this.assignee = assignee;
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getChannel() {
		return this.channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getClock() {
		return this.clock;
	}

	public void setClock(String clock) {
		this.clock = clock;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public String getDir() {
		return this.dir;
	}

	public void setDir(String dir) {
		this.dir = dir;
	}

	public String getSize() {
		return this.size;
	}

	public void setSize(String size) {
		this.size = size;
	}

	public String getAfter() {
		return this.after;
	}

	public void setAfter(String after) {
		this.after = after;
	}

	public String getBefore() {
		return this.before;
	}

	public void setBefore(String before) {
		this.before = before;
	}

	public String getLast() {
		return this.last;
	}

	public void setLast(String last) {
		this.last = last;
	}

}
