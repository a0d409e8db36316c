package co.gov.mineducacion.cooperation.office;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The office's notice that its answer will come late (Ley 1755 de 2015, art. 14,
 * parágrafo): the new date and why, with the version of the offer the staff member saw.
 */
class TermExtensionForm {

	private long version;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate until;

	@NotBlank
	@Size(max = 4000)
	private String reason;

	TermExtensionForm() {
	}

	TermExtensionForm(long version) {
		this.version = version;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public LocalDate getUntil() {
		return this.until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
