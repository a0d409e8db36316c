package co.gov.mineducacion.cooperation.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Size;

/**
 * A bulk action on the offers ticked in the queue: each posted as its filing number and
 * the version the staff member saw ({@code CO-2026-ABCD-EFGH:3}), so that a colleague's
 * change in between is never overwritten.
 */
class BulkForm {

	static final String NOBODY = "NOBODY";

	private String operation;

	private List<String> selected = new ArrayList<>();

	private String assignTo;

	private String newStatus;

	@Size(max = 5000)
	private String message;

	/**
	 * The well-formed selections, each offer once.
	 */
	List<Selection> selections() {
		return this.selected.stream()
			.filter(Objects::nonNull)
			.map(Selection::parse)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
	}

	boolean hasMessage() {
		return this.message != null && !this.message.isBlank();
	}

	public String getOperation() {
		return this.operation;
	}

	public void setOperation(String operation) {
		this.operation = operation;
	}

	public List<String> getSelected() {
		return this.selected;
	}

	public void setSelected(List<String> selected) {
		this.selected = (selected != null) ? selected : new ArrayList<>();
	}

	public String getAssignTo() {
		return this.assignTo;
	}

	public void setAssignTo(String assignTo) {
		this.assignTo = assignTo;
	}

	public String getNewStatus() {
		return this.newStatus;
	}

	public void setNewStatus(String newStatus) {
		this.newStatus = newStatus;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	/**
	 * One ticked offer and the version seen.
	 */
	record Selection(String trackingCode, long version) {

		static Selection parse(String value) {
			int colon = value.lastIndexOf(':');
			if (colon <= 0) {
				return null;
			}
			try {
				return new Selection(value.substring(0, colon).strip(), Long.parseLong(value.substring(colon + 1)));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

}
