package co.gov.mineducacion.cooperation.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One line of the audit log. Written once, never changed (the table refuses updates).
 */
@Entity
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String target;

	private String details;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String action, String target, String details) {
		this.occurredAt = occurredAt;
		this.actor = truncate(actor, 254);
		this.action = action;
		this.target = truncate(target, 200);
		this.details = truncate(details, 1000);
	}

	private static String truncate(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

	Long id() {
		return this.id;
	}

	Instant occurredAt() {
		return this.occurredAt;
	}

	String actor() {
		return this.actor;
	}

	String action() {
		return this.action;
	}

	String target() {
		return this.target;
	}

	String details() {
		return this.details;
	}

}
