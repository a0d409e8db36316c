package co.gov.mineducacion.cooperation.audit;

import java.time.LocalDate;

import co.gov.mineducacion.cooperation.shared.web.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The audit page's filters, bound from the URL: who (part of an email), which action,
 * between which days (Bogotá time), and the keyset cursor {@code before} (an entry id).
 */
class AuditFilter {

	private String actor;

	private String action;

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private Long before;

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	/**
	 * Leaves out the days reported beside their field, as if they were not given.
	 */
	void forgetRejectedDays(Errors result) {
		if (result.hasFieldErrors("from")) {
			this.from = null;
		}
		if (result.hasFieldErrors("to")) {
			this.to = null;
		}
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Long getBefore() {
		return this.before;
	}

	public void setBefore(Long before) {
		this.before = before;
	}

}
